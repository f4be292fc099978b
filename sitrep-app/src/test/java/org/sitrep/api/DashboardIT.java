package org.sitrep.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.Pipeline;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Article;
import org.sitrep.store.Store;

/**
 * The dashboard in Debian's Chromium, driven by Selenium, on a server over a fixture store: markers appear, a filter
 * narrows them and the map fits them, background events wait for their box, the timeline starts at zero and breaks
 * where no day has data, types read as words, undated events are listed apart, the selected event is ringed and
 * kept in the address, a phone screen does not scroll sideways, nothing breaks the Content-Security-Policy, and an
 * article with script and onerror payloads stays inert. Screenshots go to target/ (dashboard-1400.png and
 * dashboard-420.png are the ones in docs/).
 */
class DashboardIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static Store store;
    private static ApiServer server;
    private static WebDriver browser;

    private static final String NO_BROWSER = "DashboardIT cannot run: Debian's chromium and chromium-driver are not "
            + "installed (/usr/bin/chromium, /usr/bin/chromedriver; .ci/run installs them)";

    /** Each test, not the class, is skipped without a browser, so the build's summary counts them; on CI it fails. */
    @BeforeEach
    void needsBrowser() {
        if (browser == null) {
            Assumptions.abort(NO_BROWSER);
        }
    }

    @BeforeAll
    static void start() throws Exception {
        if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(NO_BROWSER);
            }
            System.out.println(NO_BROWSER + " — skipped");
            return;
        }
        Path dir = Files.createTempDirectory("sitrep-dashboard");
        store = Store.open("jdbc:sqlite:" + dir.resolve("dashboard.db"));
        Pipeline pipeline = Pipeline.standard();
        LocalDate day = LocalDate.of(2025, 8, 18);
        store.put(pipeline.process(new Article("kharkiv", null, "Kharkiv", day, null, null, null,
                "At least 11 civilians were injured late Sunday when Russia fired a ballistic missile at a residential district of Kharkiv, the governor said.")));
        store.put(pipeline.process(new Article("odesa", null, "Odesa", day, null, null, null,
                "Russian drones attacked Odesa overnight, killing two people, the regional governor said.")));
        store.put(pipeline.process(new Article("hostile", null, "<img src=x onerror=\"window.__pwned=3\">", day, null, null, null,
                "Russian drones struck Kherson overnight, injuring four people <img src=x onerror=\"window.__pwned=2\">"
                        + "<script>window.__pwned=1</script>, the regional governor said.")));
        store.put(pipeline.process(new Article("recall", null, "Dnipro", day, null, null, null,
                "A Russian missile hit Dnipro on Sunday, injuring five people, the governor said. The city suffered its worst "
                        + "day in a strike on 14 January 2023 that killed 46 people.")));
        store.put(pipeline.process(new Article("talks", null, "Talks", day, null, null, null,
                "Ukraine's foreign minister held talks with his Turkish counterpart in Ankara on Monday.")));
        store.put(pipeline.process(new Article("undated", null, "Nikopol", null, null, null, null,
                "Russian shelling hit Nikopol, injuring three people, the governor said.")));
        store.put(pipeline.process(new Article("poltava-uk", null, "Удар по Полтаві", day, null, null, "uk",
                "Російська ракета влучила в Полтаву, поранено трьох людей, повідомив голова ОВА.")));
        store.put(pipeline.process(new Article("sumy", null, "Sumy", day.minusDays(7), null, null, null,
                "Russian drones struck Sumy on Sunday, killing one man, the regional governor said.")));
        server = new ApiServer(store, pipeline, PlaceFinder.gazetteer(EventExtractor.rules().nonStateActors()),
                new ApiServer.Config(0, "t", false, 1_000_000)).start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                "--user-data-dir=" + dir.resolve("chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
            store.close();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static List<WebElement> items() {
        return browser.findElements(By.cssSelector("[data-testid=event-item]"));
    }

    /** Opens the dashboard at this width and waits for its events. */
    private static void open(String query, int width) {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        browser.get("http://127.0.0.1:" + server.port() + "/" + query);
        waiting().until(d -> !items().isEmpty() && ((Number) js("return window.sitrep.markerCount()")).intValue() > 0);
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String listText() {
        return browser.findElement(By.cssSelector("[data-testid=event-list]")).getText();
    }

    @Test
    void showsFiltersAndExplainsEventsWithoutRunningArticleMarkup() throws Exception {
        open("", 1400);
        waiting().until(d -> items().size() == 8);
        assertEquals(8, ((Number) js("return window.sitrep.markerCount()")).intValue());

        new Select(browser.findElement(By.name("weapon"))).selectByVisibleText("drone");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(d -> items().size() == 3);
        assertEquals(3, ((Number) js("return window.sitrep.markerCount()")).intValue());
        assertTrue(browser.getCurrentUrl().contains("weapon=drone"), "the URL keeps the filter: " + browser.getCurrentUrl());

        WebElement kherson = items().stream().filter(i -> i.getText().contains("Kherson")).findFirst().orElseThrow();
        kherson.click();
        WebElement text = waiting().until(d -> d.findElement(By.cssSelector("[data-testid=article-text]")));
        assertFalse(text.findElements(By.tagName("mark")).isEmpty(), "the evidence is highlighted");
        assertTrue(text.getText().contains("<script>window.__pwned=1</script>"), "markup shows as text: " + text.getText());
        assertTrue(browser.findElements(By.cssSelector("#detail img, #detail script, #list img")).isEmpty(), "no element made from article text");
        assertEquals(null, js("return window.__pwned === undefined ? null : window.__pwned"), "a payload ran");
        screenshot("dashboard.png");
    }

    @Test
    void leavesBackgroundEventsOutUntilAskedAndStartsTheTimelineAtTheRecentReports() {
        open("", 1400);
        waiting().until(d -> items().size() == 8);
        assertFalse(listText().contains("2023-01-14"), "an attack recalled from 2023 is background: " + listText());
        Object days = js("return window.sitrep.timeline().events.length");
        assertTrue(((Number) days).intValue() <= 10, "the timeline spans the recent reports only: " + days + " days");

        browser.findElement(By.cssSelector("[data-testid=background]")).click();
        waiting().until(d -> listText().contains("2023-01-14"));
        assertTrue(browser.getCurrentUrl().contains("background=include"), browser.getCurrentUrl());
        assertTrue(((Number) js("return window.sitrep.timeline().events.length")).intValue() > 900, "now the span reaches 2023");
    }

    @Test
    void drawsTheTimelineFromZeroAndBreaksTheVictimsLineWhereNoDayHasData() {
        open("", 1400);
        waiting().until(d -> js("return window.sitrep.timeline()") != null);
        assertEquals(0L, ((Number) js("return window.sitrep.timeline().yMin")).longValue(), "the events axis starts at 0");
        assertEquals(0L, ((Number) js("return window.sitrep.timeline().vMin")).longValue(), "the victims axis starts at 0");
        assertEquals(Boolean.TRUE, js("return window.sitrep.timeline().victims.some(v => v === null)"),
                "the days between the Sumy strike and the next reports have no data, and the line breaks there");
    }

    @Test
    void fitsTheMapToTheFilteredEvents() {
        open("", 1400);
        waiting().until(d -> items().size() == 8);
        browser.findElement(By.name("q")).sendKeys("Sumy");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waiting().until(d -> items().size() == 1);
        waiting().until(d -> ((Number) js("return window.sitrep.mapZoom()")).intValue() == 7);
        @SuppressWarnings("unchecked")
        List<Number> centre = (List<Number>) js("return window.sitrep.mapCentre()");
        assertEquals(50.9, centre.get(0).doubleValue(), 0.3, "centred on Sumy: " + centre);
        assertEquals(34.8, centre.get(1).doubleValue(), 0.3, "centred on Sumy: " + centre);
    }

    @Test
    void labelsTypesInWordsAndListsUndatedEventsApart() {
        open("", 1400);
        waiting().until(d -> items().size() == 8);
        String list = listText();
        assertTrue(list.contains("talks") && list.contains("air/drone strike"), list);
        assertFalse(list.contains("CONSULT") || list.contains("Shelling/artillery") || list.contains("report(s)"), list);
        assertTrue(browser.findElement(By.cssSelector("[data-testid=legend]")).getText().contains("political event"));
        WebElement group = browser.findElement(By.cssSelector("[data-testid=undated-group]"));
        assertTrue(list.indexOf("Date unknown") > list.lastIndexOf("2025-08-"), "dated events first, then the undated: " + list);
        assertTrue(list.substring(list.indexOf(group.getText())).contains("Nikopol"), list);
    }

    @Test
    void showsAUkrainianReportInItsOwnWordsWithTheEvidenceHighlighted() {
        open("", 1400);
        WebElement poltava = waiting().until(d -> items().stream().filter(i -> i.getText().contains("Poltava")).findFirst().orElse(null));
        poltava.click();
        WebElement text = waiting().until(d -> d.findElement(By.cssSelector("[data-testid=article-text]")));
        assertTrue(text.getText().contains("Російська ракета влучила в Полтаву"), text.getText());
        List<String> marked = text.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(m -> m.contains("поранено трьох")), "the injured figure's words are highlighted: " + marked);
    }

    @Test
    void keepsTheSelectedEventInTheAddressAndRingsItOnTheMap() {
        open("", 1400);
        WebElement sumy = waiting().until(d -> items().stream().filter(i -> i.getText().contains("Sumy")).findFirst().orElse(null));
        String id = sumy.getAttribute("data-id");
        sumy.click();
        waiting().until(d -> d.getCurrentUrl().endsWith("#event=" + id));
        waiting().until(d -> js("return window.sitrep.ringAt()") != null);
        @SuppressWarnings("unchecked")
        List<Number> ring = (List<Number>) js("return window.sitrep.ringAt()");
        assertEquals(50.9, ring.get(0).doubleValue(), 0.3, "the ring is on Sumy: " + ring);

        browser.get("about:blank");
        browser.get("http://127.0.0.1:" + server.port() + "/#event=" + id);
        waiting().until(d -> id.equals(js("return window.sitrep.selected()")));
        WebElement detail = waiting().until(d -> d.findElement(By.cssSelector("[data-testid=detail] h2")));
        assertTrue(detail.getText().contains("Sumy"), "a shared address opens that event: " + detail.getText());
        assertTrue(browser.findElement(By.cssSelector("li.selected")).getText().contains("Sumy"));
    }

    @Test
    void fitsAPhoneScreenWithoutSidewaysScrollOrALegendOverTheMap() throws Exception {
        open("", 420);
        long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) js("return window.innerWidth")).longValue();
        assertTrue(scrollWidth <= width, "the page is " + scrollWidth + " px wide on a " + width + " px screen");
        WebElement legend = browser.findElement(By.cssSelector("[data-testid=legend]"));
        WebElement map = browser.findElement(By.cssSelector("[data-testid=map]"));
        double share = (double) legend.getSize().getHeight() * legend.getSize().getWidth() / (map.getSize().getHeight() * map.getSize().getWidth());
        assertTrue(share < 0.05, "the folded legend covers " + Math.round(share * 100) + "% of the map");
        screenshot("dashboard-420.png");
        open("", 1400);
        screenshot("dashboard-1400.png");
    }

    @Test
    void runsUnderItsContentSecurityPolicyWithoutAViolation() {
        open("", 1400);
        waiting().until(d -> items().size() == 8);
        List<String> violations = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), violations);
    }
}
