// The sitrep dashboard: map, timeline, list and detail over /api. Every text from the store is inserted
// with textContent or text nodes, never as HTML: article text is untrusted.
(function () {
  'use strict';

  const FIELDS = ['from', 'to', 'weapon', 'target', 'initiator', 'country', 'admin1', 'minKilled', 'minInjured', 'q'];
  const COLOURS = {
    'Air/drone strike': '#d9480f',
    'Shelling/artillery/missile attack': '#c2255c',
    'Remote explosive/landmine/IED': '#7048e8',
    'Attack': '#1971c2',
    'Armed clash': '#2b8a3e'
  };
  const form = document.getElementById('filters');
  const list = document.getElementById('list');
  const detail = document.getElementById('detail');
  const summary = document.getElementById('summary');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // ---- filter state <-> form <-> URL (a view can be shared by its address)
  function readUrl() {
    const p = new URLSearchParams(location.search);
    FIELDS.forEach(f => { if (form.elements[f]) form.elements[f].value = p.get(f) || ''; });
  }
  function params() {
    const p = new URLSearchParams();
    FIELDS.forEach(f => { const v = form.elements[f].value.trim(); if (v) p.set(f, v); });
    return p;
  }
  function writeUrl() {
    const q = params().toString();
    history.replaceState(null, '', q ? '?' + q : location.pathname);
  }

  async function getJson(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error((body && body.detail) || r.statusText);
    return body;
  }

  // ---- map with an offline basemap of country outlines; online tiles only when ?tiles=URL is given
  const map = L.map('map', { worldCopyJump: true, preferCanvas: true, minZoom: 2, maxZoom: 14 }).setView([48.5, 31.5], 5);
  const tiles = new URLSearchParams(location.search).get('tiles');
  if (tiles) {
    L.tileLayer(tiles, { maxZoom: 18, attribution: 'tiles: ' + tiles.split('/')[2] }).addTo(map);
  } else {
    fetch('/countries.geojson').then(r => r.json()).then(g => {
      L.geoJSON(g, { style: { color: '#8a99a8', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false })
        .addTo(map).bringToBack();
    });
  }
  const cluster = L.markerClusterGroup({ maxClusterRadius: 35, showCoverageOnHover: false });
  map.addLayer(cluster);
  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    const d = el('div', null, 'legend');
    Object.entries(COLOURS).forEach(([k, c]) => {
      const row = el('div'); const dot = el('i'); dot.style.background = c; row.append(dot, document.createTextNode(k)); d.append(row);
    });
    return d;
  };
  legend.addTo(map);

  function best(c) { return c && c.best !== null && c.best !== undefined ? c.best : 0; }
  function victims(e) { return best(e.casualties && e.casualties.killed) + best(e.casualties && e.casualties.injured); }
  function colour(e) { return (e.acled && COLOURS[e.acled.subType]) || '#495057'; }
  function when(e) { return e.date.start ? (e.date.start === e.date.end ? e.date.start : e.date.start + ' – ' + e.date.end) : 'date unknown'; }

  // ---- events: markers and list
  async function loadEvents() {
    const p = params(); p.set('limit', '2000');
    const page = await getJson('/api/events?' + p);
    cluster.clearLayers();
    list.replaceChildren();
    summary.textContent = page.count + ' events';
    const bounds = [];
    page.items.forEach(e => {
      const li = el('li'); li.dataset.id = e.id; li.setAttribute('data-testid', 'event-item');
      const name = e.location ? e.location.name : '(no place)';
      const head = el('div'); head.append(el('strong', name), document.createTextNode(' · ' + (e.category === 'political' ? e.plover : (e.acled && e.acled.subType) || 'attack')));
      const tolls = [];
      if (e.casualties && e.casualties.killed) tolls.push(best(e.casualties.killed) + ' killed');
      if (e.casualties && e.casualties.injured) tolls.push(best(e.casualties.injured) + ' injured');
      li.append(head, el('div', when(e) + (tolls.length ? ' · ' + tolls.join(', ') : '') + ' · ' + e.reportCount + ' report(s)', 'when'));
      li.addEventListener('click', () => showDetail(e.id));
      list.append(li);
      if (e.location && e.location.lat !== null && e.location.lon !== null) {
        const m = L.circleMarker([e.location.lat, e.location.lon], {
          radius: 5 + Math.min(18, Math.sqrt(victims(e)) * 2), color: '#fff', weight: 1, fillColor: colour(e), fillOpacity: 0.85
        });
        m.bindTooltip(name + ' · ' + when(e));
        m.on('click', () => showDetail(e.id));
        m.options.eventId = e.id;
        cluster.addLayer(m);
        bounds.push([e.location.lat, e.location.lon]);
      }
    });
    if (bounds.length && !loadEvents.fitted) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 }); loadEvents.fitted = true; }
  }

  // ---- detail: every field, the reports, and the source sentences highlighted in each article
  async function showDetail(id) {
    [...list.children].forEach(li => li.classList.toggle('selected', li.dataset.id === id));
    const e = await getJson('/api/events/' + encodeURIComponent(id));
    detail.hidden = false;
    detail.replaceChildren();
    detail.append(el('h2', (e.location ? e.location.name : '') + ' — ' + when(e)));
    const dl = el('dl');
    const add = (k, v) => { if (v !== null && v !== undefined && v !== '') { dl.append(el('dt', k), el('dd', v)); } };
    add('Type', e.category === 'political' ? e.plover : [e.acled && e.acled.type, e.acled && e.acled.subType].filter(Boolean).join(' / '));
    add('Place', e.location && [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') + ' (' + e.location.level + ')');
    add('Attacker', e.initiator && e.initiator.name);
    add('Weapons', e.weapons.join(', '));
    add('Targets', e.targets.join(', '));
    const c = e.casualties || {};
    const range = x => x ? [x.low, x.best, x.high].map(v => v === null ? '?' : v).join(' / ') + ' (low/best/high)' : null;
    add('Killed', range(c.killed));
    add('Injured', range(c.injured));
    add('Children killed', c.childrenKilled && best(c.childrenKilled));
    add('Children injured', c.childrenInjured && best(c.childrenInjured));
    add('Sources', e.sources.join('; '));
    add('Date words', e.date.text);
    detail.append(dl);
    detail.append(el('h3', e.reports.length + ' report(s)'));
    for (const r of e.reports) {
      const box = el('div', null, 'report'); box.setAttribute('data-testid', 'report');
      const title = el('p');
      if (r.url && /^https?:\/\//i.test(r.url)) {
        const a = el('a', r.url); a.href = r.url; a.rel = 'noopener noreferrer'; a.target = '_blank'; title.append(a);
      } else {
        title.append(el('span', 'article ' + r.articleId));
      }
      if (r.published) title.append(document.createTextNode(' · published ' + r.published));
      box.append(title);
      try {
        const art = await getJson('/api/articles/' + encodeURIComponent(r.articleId));
        box.append(highlighted(art.text, r.event.evidence));
      } catch (err) {
        box.append(el('p', 'article text unavailable: ' + err.message));
      }
      detail.append(box);
    }
    detail.scrollIntoView({ block: 'nearest' });
  }

  function highlighted(text, evidence) {
    const spans = evidence.map(v => [v.start, v.end]).filter(([s, t]) => s >= 0 && t <= text.length && s < t).sort((a, b) => a[0] - b[0]);
    const merged = [];
    spans.forEach(([s, t]) => {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], t); else merged.push([s, t]);
    });
    const box = el('div', null, 'article-text'); box.setAttribute('data-testid', 'article-text');
    let at = 0;
    merged.forEach(([s, t]) => {
      box.append(document.createTextNode(text.slice(at, s)));
      box.append(el('mark', text.slice(s, t)));
      at = t;
    });
    box.append(document.createTextNode(text.slice(at)));
    return box;
  }

  // ---- timeline: events and casualties per day; dragging a range sets the date filter
  let plot = null;
  async function loadTimeline() {
    const days = await getJson('/api/stats/timeline?' + params());
    const xs = days.map(d => Date.parse(d.day + 'T00:00:00Z') / 1000);
    const data = [xs, days.map(d => d.events), days.map(d => d.killed + d.injured)];
    const box = document.getElementById('timeline');
    if (plot) plot.destroy();
    plot = new uPlot({
      width: box.clientWidth || 800, height: 140,
      cursor: { drag: { x: true, y: false } },
      scales: { x: { time: true, range: (u, min, max) => [min - 3 * 86400, max + 3 * 86400] } },
      series: [{}, { label: 'events', stroke: '#1f2d3d', paths: uPlot.paths.bars({ size: [0.8, 20] }), fill: '#1f2d3d55' },
        { label: 'killed + injured', stroke: '#c2255c', scale: 'v' }],
      axes: [{}, { label: 'events' }, { side: 1, scale: 'v', label: 'victims', grid: { show: false } }],
      hooks: { setSelect: [u => {
        if (u.select.width < 3) return;
        const from = new Date(u.posToVal(u.select.left, 'x') * 1000).toISOString().slice(0, 10);
        const to = new Date(u.posToVal(u.select.left + u.select.width, 'x') * 1000).toISOString().slice(0, 10);
        form.elements.from.value = from; form.elements.to.value = to;
        refresh();
      }] }
    }, data, box);
  }

  async function refresh() {
    writeUrl();
    try {
      await Promise.all([loadEvents(), loadTimeline()]);
    } catch (err) {
      summary.textContent = 'Could not load events: ' + err.message;
    }
  }

  form.addEventListener('submit', ev => { ev.preventDefault(); refresh(); });
  document.getElementById('reset').addEventListener('click', () => { FIELDS.forEach(f => { form.elements[f].value = ''; }); refresh(); });
  readUrl();
  refresh();
  window.sitrep = { showDetail, markerCount: () => cluster.getLayers().length };
})();
