// The sitrep dashboard: map, timeline, list and detail over /api. Every text from the store is inserted
// with textContent or text nodes, never as HTML: article text is untrusted.
(function () {
  'use strict';

  const FIELDS = ['from', 'to', 'weapon', 'target', 'initiator', 'country', 'admin1', 'minKilled', 'minInjured', 'q', 'background'];
  const COLOURS = {
    'Air/drone strike': '#d9480f',
    'Shelling/artillery/missile attack': '#c2255c',
    'Remote explosive/landmine/IED': '#7048e8',
    'Attack': '#1971c2',
    'Armed clash': '#2b8a3e'
  };
  const POLITICAL_COLOUR = '#868e96';
  // Readable names for the codes the API speaks: ACLED sub-types and PLOVER types.
  const SUBTYPE_LABELS = {
    'Air/drone strike': 'air/drone strike',
    'Shelling/artillery/missile attack': 'shelling/missile attack',
    'Remote explosive/landmine/IED': 'explosive/landmine',
    'Attack': 'attack',
    'Armed clash': 'armed clash'
  };
  const PLOVER_LABELS = {
    CONSULT: 'talks', REQUEST: 'demand or appeal', ACCUSE: 'accusation', REJECT: 'rejection or denial',
    AGREE: 'agreement', THREATEN: 'threat', SANCTION: 'sanction', SUPPORT: 'support', ASSAULT: 'attack'
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
  // Background events (told long after they happened) are left out unless the box is ticked.
  function readUrl() {
    const p = new URLSearchParams(location.search);
    FIELDS.forEach(f => {
      const input = form.elements[f];
      if (input.type === 'checkbox') input.checked = p.get(f) === 'include'; else input.value = p.get(f) || '';
    });
  }
  function chosen() {
    const p = new URLSearchParams();
    FIELDS.forEach(f => {
      const input = form.elements[f];
      const v = input.type === 'checkbox' ? (input.checked ? 'include' : '') : input.value.trim();
      if (v) p.set(f, v);
    });
    return p;
  }
  function params() {
    const p = chosen();
    if (!p.has('background')) p.set('background', 'exclude');
    return p;
  }
  function writeUrl() {
    const q = chosen().toString();
    history.replaceState(null, '', (q ? '?' + q : location.pathname) + location.hash);
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
  // The legend folds away on a narrow screen, so that it does not cover the map.
  legend.onAdd = function () {
    const d = el('details', null, 'legend'); d.setAttribute('data-testid', 'legend');
    d.open = window.innerWidth > 700;
    d.append(el('summary', 'Legend'));
    const rows = Object.entries(COLOURS).map(([k, c]) => [SUBTYPE_LABELS[k], c]).concat([['political event', POLITICAL_COLOUR]]);
    rows.forEach(([k, c]) => {
      const row = el('div'); const dot = el('i'); dot.style.background = c; row.append(dot, document.createTextNode(k)); d.append(row);
    });
    L.DomEvent.disableClickPropagation(d);
    return d;
  };
  legend.addTo(map);

  function best(c) { return c && c.best !== null && c.best !== undefined ? c.best : 0; }
  function victims(e) { return best(e.casualties && e.casualties.killed) + best(e.casualties && e.casualties.injured); }
  function colour(e) { return e.category === 'political' ? POLITICAL_COLOUR : (e.acled && COLOURS[e.acled.subType]) || '#495057'; }
  function when(e) { return e.date.start ? (e.date.start === e.date.end ? e.date.start : e.date.start + ' – ' + e.date.end) : 'date unknown'; }
  function label(e) {
    if (e.category === 'political') return PLOVER_LABELS[e.plover] || e.plover.toLowerCase();
    const sub = e.acled && e.acled.subType;
    return SUBTYPE_LABELS[sub] || (sub ? sub.toLowerCase() : 'attack');
  }
  function words(code) { return String(code).replace(/_/g, ' '); }

  // ---- events: markers and list (events without a date are listed apart, after the dated ones)
  const byId = new Map();
  async function loadEvents() {
    const p = params(); p.set('limit', '2000');
    const page = await getJson('/api/events?' + p);
    cluster.clearLayers();
    list.replaceChildren();
    byId.clear();
    summary.textContent = page.count + (page.total > page.count ? ' of ' + page.total : '') + ' events';
    const bounds = [];
    const dated = page.items.filter(e => e.date.start), undated = page.items.filter(e => !e.date.start);
    const item = e => {
      const li = el('li'); li.dataset.id = e.id; li.setAttribute('data-testid', 'event-item');
      const name = e.location ? e.location.name : '(no place)';
      const head = el('div'); head.append(el('strong', name), document.createTextNode(' · ' + label(e)));
      const tolls = [];
      if (e.casualties && e.casualties.killed) tolls.push(best(e.casualties.killed) + ' killed');
      if (e.casualties && e.casualties.injured) tolls.push(best(e.casualties.injured) + ' injured');
      const reports = e.reportCount + (e.reportCount === 1 ? ' report' : ' reports');
      li.append(head, el('div', when(e) + (tolls.length ? ' · ' + tolls.join(', ') : '') + ' · ' + reports, 'when'));
      li.addEventListener('click', () => showDetail(e.id));
      return li;
    };
    dated.forEach(e => list.append(item(e)));
    if (undated.length) {
      const group = el('li', 'Date unknown', 'group'); group.setAttribute('data-testid', 'undated-group');
      list.append(group);
      undated.forEach(e => list.append(item(e)));
    }
    page.items.forEach(e => {
      byId.set(e.id, e);
      if (e.location && e.location.lat !== null && e.location.lon !== null) {
        const m = L.circleMarker([e.location.lat, e.location.lon], {
          radius: 5 + Math.min(18, Math.sqrt(victims(e)) * 2), color: '#fff', weight: 1, fillColor: colour(e), fillOpacity: 0.85
        });
        m.bindTooltip((e.location ? e.location.name : '') + ' · ' + label(e) + ' · ' + when(e));
        m.on('click', () => showDetail(e.id));
        m.options.eventId = e.id;
        cluster.addLayer(m);
        bounds.push([e.location.lat, e.location.lon]);
      }
    });
    // Not animated: Leaflet drops a zoom asked for while another is still animating, so a quick second filter left the map on the first.
    if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7, animate: false });
    markSelected();
  }

  // ---- the selected event: highlighted in the list and on the map, and kept in the address (#event=ID)
  let selected = null, ring = null;
  function selectedFromAddress() {
    const m = /^#event=(.+)$/.exec(location.hash);
    return m ? decodeURIComponent(m[1]) : null;
  }
  function markSelected() {
    [...list.children].forEach(li => li.classList.toggle('selected', li.dataset.id === selected));
    if (ring) { map.removeLayer(ring); ring = null; }
    const e = selected && byId.get(selected);
    if (e && e.location && e.location.lat !== null && e.location.lon !== null) {
      ring = L.circleMarker([e.location.lat, e.location.lon], { radius: 16, color: '#f59f00', weight: 4, fill: false, interactive: false }).addTo(map);
      ring.bringToFront();
    }
  }

  // ---- detail: every field, the reports, and the source sentences highlighted in each article
  async function showDetail(id) {
    selected = id;
    history.replaceState(null, '', location.pathname + location.search + '#event=' + encodeURIComponent(id));
    markSelected();
    const e = await getJson('/api/events/' + encodeURIComponent(id));
    detail.hidden = false;
    detail.replaceChildren();
    detail.append(el('h2', (e.location ? e.location.name : '') + ' — ' + when(e)));
    const dl = el('dl');
    const add = (k, v) => { if (v !== null && v !== undefined && v !== '') { dl.append(el('dt', k), el('dd', v)); } };
    add('Type', e.category === 'political' ? label(e) + ' (political event, PLOVER ' + e.plover + ')'
      : label(e) + (e.acled && e.acled.type ? ' (' + e.acled.type + ')' : ''));
    add('Place', e.location && [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ') + ' (' + e.location.level + ')');
    add('Attacker', e.initiator && e.initiator.name);
    add('Weapons', e.weapons.map(words).join(', '));
    add('Targets', e.targets.map(words).join(', '));
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
    // every day of the span, so that the victims line breaks where no event was reported
    const xs = [], counts = [], victimsPerDay = [];
    const byDay = new Map(days.map(d => [d.day, d]));
    if (days.length) {
      const last = Date.parse(days[days.length - 1].day + 'T00:00:00Z');
      for (let t = Date.parse(days[0].day + 'T00:00:00Z'); t <= last; t += 86400000) {
        const d = byDay.get(new Date(t).toISOString().slice(0, 10));
        xs.push(t / 1000);
        counts.push(d ? d.events : null);
        victimsPerDay.push(d ? d.killed + d.injured : null);
      }
    }
    const box = document.getElementById('timeline');
    if (plot) plot.destroy();
    plot = new uPlot({
      width: box.clientWidth || 800, height: 140,
      cursor: { drag: { x: true, y: false } },
      scales: {
        x: { time: true, range: (u, min, max) => [min - 3 * 86400, max + 3 * 86400] },
        y: { range: (u, min, max) => [0, Math.max(1, max || 0)] },
        v: { range: (u, min, max) => [0, Math.max(1, max || 0)] }
      },
      series: [{}, { label: 'events', stroke: '#1f2d3d', paths: uPlot.paths.bars({ size: [0.8, 20] }), fill: '#1f2d3d55' },
        { label: 'killed + injured', stroke: '#c2255c', scale: 'v', spanGaps: false }],
      axes: [{}, { label: 'events' }, { side: 1, scale: 'v', label: 'victims', grid: { show: false } }],
      hooks: { setSelect: [u => {
        if (u.select.width < 3) return;
        const from = new Date(u.posToVal(u.select.left, 'x') * 1000).toISOString().slice(0, 10);
        const to = new Date(u.posToVal(u.select.left + u.select.width, 'x') * 1000).toISOString().slice(0, 10);
        form.elements.from.value = from; form.elements.to.value = to;
        refresh();
      }] }
    }, [xs, counts, victimsPerDay], box);
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
  document.getElementById('reset').addEventListener('click', () => {
    FIELDS.forEach(f => { const input = form.elements[f]; if (input.type === 'checkbox') input.checked = false; else input.value = ''; });
    refresh();
  });
  form.elements.background.addEventListener('change', refresh);
  readUrl();
  refresh().then(() => { const id = selectedFromAddress(); if (id) showDetail(id); });
  window.sitrep = {
    showDetail,
    markerCount: () => cluster.getLayers().length,
    selected: () => selected,
    ringAt: () => ring ? [ring.getLatLng().lat, ring.getLatLng().lng] : null,
    mapCentre: () => [map.getCenter().lat, map.getCenter().lng],
    mapZoom: () => map.getZoom(),
    timeline: () => plot ? { events: plot.data[1], victims: plot.data[2], yMin: plot.scales.y.min, vMin: plot.scales.v.min } : null
  };
})();
