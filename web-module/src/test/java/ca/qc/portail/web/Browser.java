package ca.qc.portail.web;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's) driven like a person: open a page, type, click, read. */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final String base;

  public Browser(URL base) {
    this(base, true);
  }

  /** A browser whose pages run no script: a person who turned JavaScript off. */
  public static Browser withoutJavaScript(URL base) {
    return new Browser(base, false);
  }

  private Browser(URL base, boolean javaScript) {
    ChromeOptions options = new ChromeOptions();
    if (!javaScript) {
      options.setExperimentalOption(
          "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--lang=fr-CA");
    // The console is read at close: a page the Content Security Policy broke fails its test.
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    driver = new ChromeDriver(options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    String url = base.toExternalForm();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * Sends {@code X-Forwarded-For: address} with every later request, as a load balancer would
   * (Deliver 4 of issue 12: believed only when the server trusts this machine as a proxy).
   */
  public Browser forwardedFor(String address) {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", java.util.Map.of());
    chrome.executeCdpCommand(
        "Network.setExtraHTTPHeaders",
        java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", address)));
    return this;
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  /**
   * Opens a page and switches it to a language with the switch every page shows (a POST; finding #9
   * of issue 12), as a person would; nothing is clicked when the page is in it already.
   */
  public Browser open(String path, String language) {
    open(path);
    if (!language.equals(lang())) {
      click("langue");
    }
    return this;
  }

  public Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Sets a field's value the way a tampering client would, past its maxlength. */
  public Browser force(String id, String value) {
    ((JavascriptExecutor) driver)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    return this;
  }

  /** Chooses {@code file} in the file field {@code id}, as a person does in the file dialog. */
  Browser attach(String id, java.nio.file.Path file) {
    driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Clicks what a CSS selector finds without waiting for a page: an AJAX button, a checkbox. */
  Browser press(String css) {
    driver.findElement(By.cssSelector(css)).click();
    return this;
  }

  /** Waits (up to {@code seconds}) until the element a CSS selector finds shows {@code text}. */
  Browser awaitText(String css, String text, int seconds) {
    new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              java.util.List<WebElement> found = d.findElements(By.cssSelector(css));
              return !found.isEmpty() && found.get(0).getText().contains(text);
            });
    return this;
  }

  /** An attribute (or property, such as a field's value) of what a CSS selector finds. */
  public String attributeCss(String css, String name) {
    return driver.findElement(By.cssSelector(css)).getAttribute(name);
  }

  /** Makes the window {@code width} pixels wide (900 high), to see a page on a smaller screen. */
  public Browser width(int width) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
    return this;
  }

  /** Chooses an option of a drop-down list by its visible text. */
  public Browser select(String id, String visibleText) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id)))
        .selectByVisibleText(visibleText);
    return this;
  }

  /** Clicks a button or link that loads a new page, and waits for that page. */
  public Browser click(String id) {
    return clickAndWait(driver.findElement(By.id(id)));
  }

  /** Clicks a checkbox or radio button, which loads nothing. */
  public Browser check(String id) {
    driver.findElement(By.id(id)).click();
    return this;
  }

  /** The session cookies as a Cookie header, for a plain HTTP request as this browser. */
  public String cookieHeader() {
    return driver.manage().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public Browser clickLink(String text) {
    return clickAndWait(driver.findElement(By.linkText(text)));
  }

  private Browser clickAndWait(WebElement element) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__previousPage = true;");
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.__previousPage === undefined"
                            + " && document.readyState === 'complete';")));
    return this;
  }

  public Browser signIn(String login, String password) {
    return open("/connexion.xhtml")
        .type("connexion:login", login)
        .type("connexion:password", password)
        .click("connexion:entrer");
  }

  /** The address of the {@code linkText} link in the table row that shows {@code rowText}. */
  public String linkInRow(String rowText, String linkText) {
    return driver
        .findElement(
            By.xpath(
                "//tr[td[normalize-space(.)='"
                    + rowText
                    + "']]//a[normalize-space(.)='"
                    + linkText
                    + "']"))
        .getAttribute("href")
        .substring(base.length());
  }

  /**
   * Types into a field that updates the page without loading a new one (an AJAX filter), then waits
   * until {@code gone} is no longer in the main content.
   */
  public Browser typeAndWaitUntilGone(String id, String text, String gone) {
    type(id, text);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(d -> !main().contains(gone));
    return this;
  }

  /**
   * Types into the filter of a data table (an AJAX filter, no new page) and waits until the table
   * shows what the filter found: until every row shown before has been replaced and no request is
   * under way.
   */
  public Browser filter(String id, String text) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("document.querySelectorAll('tbody tr').forEach(r => r.__shownBefore = true);");
    type(id, text);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "var rows = Array.from(document.querySelectorAll('tbody tr'));"
                            + " return rows.length > 0 && !rows.some(r => r.__shownBefore)"
                            + " && PrimeFaces.ajax.Queue.isEmpty();")));
    return this;
  }

  /** Whether an element with this id is on the page. */
  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /** Clicks the element a CSS selector finds (buttons in tables have generated ids). */
  public Browser clickCss(String css) {
    return clickAndWait(driver.findElement(By.cssSelector(css)));
  }

  public Browser typeCss(String css, String text) {
    WebElement field = driver.findElement(By.cssSelector(css));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** The text of the element a CSS selector finds, or null when there is none. */
  public String textCss(String css) {
    java.util.List<WebElement> found = driver.findElements(By.cssSelector(css));
    return found.isEmpty() ? null : found.get(0).getText();
  }

  public String main() {
    return driver.findElement(By.tagName("main")).getText();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** Whether the page has an element with this id (looked up without the implicit wait). */
  public boolean exists(String id) {
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    try {
      return !driver.findElements(By.id(id)).isEmpty();
    } finally {
      driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }
  }

  public String attribute(String id, String name) {
    return driver.findElement(By.id(id)).getAttribute(name);
  }

  public String title() {
    return driver.getTitle();
  }

  public String path() {
    return driver.getCurrentUrl().substring(base.length());
  }

  /** The value of a cookie of this browser's session, to fetch a download with plain HTTP. */
  public String cookie(String name) {
    org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
    return cookie == null ? null : cookie.getValue();
  }

  public String lang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Runs a script in the page, as the page's own scripts would (a p:remoteCommand, say). */
  public Browser script(String javascript) {
    ((JavascriptExecutor) driver).executeScript(javascript);
    return this;
  }

  /** Waits (15 s at most) until the element's text is {@code text}. */
  public Browser awaitText(String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(d -> text.equals(d.findElement(By.id(id)).getText()));
    return this;
  }

  /** What a script run in the page returns (numbers come back as Long, arrays as List). */
  public Object evaluate(String javascript) {
    return ((JavascriptExecutor) driver).executeScript(javascript);
  }

  /** Runs a script in the page and returns its value (arrays as lists, objects as maps). */
  public Object scriptValue(String javascript, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
  }

  /**
   * Runs an asynchronous script, whose last argument is the callback, and returns what it passes
   * back (60 s at most): axe-core's checks, say.
   */
  public Object asyncScript(String javascript, Object... arguments) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
  }

  /** Presses keys on whatever has the focus, as a person at the keyboard does. */
  public Browser keys(CharSequence... keys) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /**
   * Gives the focused file field its file, as the file dialog a person opens with Enter or Space
   * there would: WebDriver's only way to choose a file.
   */
  public Browser chooseFileInFocusedField(java.nio.file.Path file) {
    driver.switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /** Waits (15 s at most) until a script's condition holds: an AJAX update has come, say. */
  public Browser awaitScript(String condition) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(js.executeScript("return " + condition + ";")));
    return this;
  }

  /** Presses keys that load a new page (Enter on a link or a button), and waits for that page. */
  public Browser keysAndWait(CharSequence... keys) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript("window.__previousPage = true;");
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    // A person's security file can take a while on a loaded machine: a minute, as for a page.
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.__previousPage === undefined"
                            + " && document.readyState === 'complete';")));
    return this;
  }

  /**
   * What has the focus, as a test names it: its id, else its tag and text (or its value, for a
   * button).
   */
  public String focused() {
    return (String)
        scriptValue(
            "var e = document.activeElement; if (!e) return '';"
                + " return e.id ? e.id : e.tagName.toLowerCase() + ':'"
                + " + (e.innerText || e.value || '').trim().substring(0, 40);");
  }

  /** Keeps what the page looked like, for people reading a failed run. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What the browser's console reported as refused by the Content Security Policy since the last
   * call (finding #10 of issue 12: a policy that breaks a page is worse than none).
   */
  public java.util.List<String> cspViolations() {
    return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .map(org.openqa.selenium.logging.LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
        .toList();
  }

  /** Ends the browser; fails when a page it showed had something refused by the CSP. */
  @Override
  public void close() {
    java.util.List<String> violations;
    try {
      violations = cspViolations();
    } finally {
      driver.quit();
    }
    if (!violations.isEmpty()) {
      throw new AssertionError("Refused by the Content Security Policy: " + violations);
    }
  }
}
