package no.samhandling.browser;

import no.samhandling.suite.BlackBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the menu, for each role, at a phone's width (390 px) and a laptop's (1,366 px): the page never scrolls
 * sideways, every menu item can be reached (on the phone behind the menu button), the current page is marked, and the
 * administration group is the secretariat's only, every input sits in a field block with its label before it, beside or right above it, and axe-core finds no
 * WCAG 2.1 AA violation (contrast of the look included) at either width. The same for each kind of record page (a case,
 * a meeting, a dispute, a body, a party, an agreement version), which also carries its breadcrumb. Screenshots of each
 * page at both widths go to target/screenshots.
 */
@BlackBox
class LayoutBrowserIT {

    private static final int PHONE = 390;
    private static final int LAPTOP = 1366;

    /**
     * Every visible input of a page's forms sits in a field block (s:field, s:choices) with its own label: before it
     * (after a checkbox), in the same block; a group of choices is a group named by its heading. And the input is
     * placed where the label says: beside it, or right under it (one column), never a row away beside another label.
     * Inputs in table rows are named by their row and column (axe checks that they have a name).
     */
    @SuppressWarnings("unchecked")
    private static List<String> misplacedLabels(Browser browser, String where) {
        List<String> found = (List<String>) browser.script("""
                const out = [];
                const skipped = 'table, .ui-datatable, .ui-paginator, .ui-helper-hidden-accessible, .app-header';
                for (const input of document.querySelectorAll('main input, main select, main textarea')) {
                  if (['hidden', 'submit', 'button', 'reset', 'image'].includes(input.type)) continue;
                  if (input.offsetParent === null || (input.closest(skipped) && !input.closest('.field'))) continue;
                  const name = input.id || input.name;
                  const block = input.closest('.field');
                  if (!block) { out.push(name + ' (outside a field block)'); continue; }
                  if (block.classList.contains('choices')) {
                    const heading = document.getElementById(block.getAttribute('aria-labelledby'));
                    if (block.getAttribute('role') !== 'group' || !heading || !block.contains(heading)
                        || !(heading.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING))
                      out.push(name + ' (a group without its name before it)');
                    continue;
                  }
                  const label = [...block.querySelectorAll('label[for]')].find(l => l.htmlFor === input.id);
                  if (!label) { out.push(name + ' (no label in its block)'); continue; }
                  const check = input.type === 'checkbox' || input.type === 'radio';
                  const order = label.compareDocumentPosition(input);
                  if (!(order & (check ? Node.DOCUMENT_POSITION_PRECEDING : Node.DOCUMENT_POSITION_FOLLOWING)))
                    out.push(name + ' (label ' + (check ? 'before' : 'after') + ' it)');
                  if (check) continue;
                  const l = label.getBoundingClientRect(), f = input.getBoundingClientRect();
                  // a hint may come between the label and its input
                  const hint = block.querySelector('.hint');
                  const between = hint && (label.compareDocumentPosition(hint) & Node.DOCUMENT_POSITION_FOLLOWING)
                      && (hint.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING)
                      ? hint.getBoundingClientRect().height : 0;
                  const beside = f.left >= l.right - 2 && f.bottom > l.top && f.top < l.bottom + between + 24;
                  const under = f.top >= l.bottom - 2 && f.top - l.bottom - between < 24;
                  if (!beside && !under) out.push(name + ' (' + label.textContent.trim() + ': not beside or under it)');
                }
                return out;""");
        return found.stream().map(field -> where + ": " + field).toList();
    }

    private static List<String> violations(Browser browser, String where) {
        String found = browser.accessibilityViolations();
        return found.isBlank() ? List.of() : List.of(where + ": " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sekretariat", "lillestrom", "ahus", "medlem"})
    void every_page_of_the_menu_fits_a_phone_and_a_laptop_and_every_item_is_reachable(String user) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.width(LAPTOP);
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn(user, Browser.DEMO_PASSWORD);
            if (user.equals("sekretariat")) {
                browser.screenshot("start", PHONE);
                browser.screenshot("start", LAPTOP);
            }
            @SuppressWarnings("unchecked")
            List<String> items = new ArrayList<>((List<String>) browser.script(
                    "return Array.from(document.querySelectorAll('.app-nav a, .user-menu a')).map(a => a.id);"));
            assertThat(items).as("the menu of " + user).contains("nav-meetings", "nav-cases", "nav-agreement", "nav-reminders");
            assertThat(items.contains("nav-archive")).as("administration only for the secretariat")
                    .isEqualTo(user.equals("sekretariat"));

            List<String> tooWide = new ArrayList<>();
            List<String> misplaced = new ArrayList<>();
            List<String> inaccessible = new ArrayList<>();
            for (String item : items) {
                browser.width(LAPTOP);
                browser.follow("#" + item);
                assertThat(browser.find("#" + item).getAttribute("aria-current")).as(item + " marked as the current page")
                        .isEqualTo("page");
                if (browser.sidewaysOverflow() > 0) {
                    tooWide.add(item + " at " + LAPTOP + " px: " + browser.sidewaysOverflow() + " px too wide");
                }
                misplaced.addAll(misplacedLabels(browser, item + " at " + LAPTOP + " px"));
                inaccessible.addAll(violations(browser, item + " at " + LAPTOP + " px"));
                browser.width(PHONE);
                assertThat(browser.isShown("#" + item)).as(item + ": the menu is folded on a phone").isFalse();
                browser.find("#menu-button").click();
                assertThat(browser.find("#" + item).isDisplayed()).as(item + " reachable behind the menu button").isTrue();
                if (item.equals("nav-meetings")) {
                    browser.screenshot("menu-open-" + user, PHONE);
                }
                browser.find("#menu-button").click();
                if (browser.sidewaysOverflow() > 0) {
                    tooWide.add(item + " at " + PHONE + " px: " + browser.sidewaysOverflow() + " px too wide");
                }
                misplaced.addAll(misplacedLabels(browser, item + " at " + PHONE + " px"));
                inaccessible.addAll(violations(browser, item + " at " + PHONE + " px"));
                if (user.equals("sekretariat")) {
                    browser.screenshot(item.substring(4), PHONE);
                    browser.screenshot(item.substring(4), LAPTOP);
                }
            }
            assertThat(tooWide).as("pages that scroll sideways").isEmpty();
            assertThat(misplaced).as("labels not beside (or, on a phone, right above) their own field").isEmpty();
            assertThat(inaccessible).as("WCAG 2.1 AA violations axe-core finds (the look's colours included)").isEmpty();
        }
    }

    /** From a list of the menu to the first record it links to: the menu item, the link, the kind of record page. */
    private static final List<String[]> RECORD_ROUTES = List.of(
            new String[]{"#nav-cases", "main a[href*='/app/case.xhtml']", "case"},
            new String[]{"#nav-meetings", "main a[href*='/app/meeting.xhtml']", "meeting"},
            new String[]{"#nav-disputes", "main a[href*='/app/dispute.xhtml']", "dispute"},
            new String[]{"#nav-bodies", "main a[href*='/app/body.xhtml']", "body"},
            new String[]{"#nav-partners", "main a[href*='/app/partner.xhtml']", "partner"},
            new String[]{"#nav-agreement", "#current-version", "agreement-version"});

    @ParameterizedTest
    @ValueSource(strings = {"sekretariat", "lillestrom", "medlem"})
    void every_kind_of_record_page_fits_a_phone_and_a_laptop_and_has_its_breadcrumb(String user) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.width(LAPTOP);
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn(user, Browser.DEMO_PASSWORD);
            List<String> visited = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (String[] route : RECORD_ROUTES) {
                browser.width(LAPTOP);
                browser.follow(route[0]);
                List<WebElement> links = browser.driver.findElements(By.cssSelector(route[1]));
                if (links.isEmpty()) {
                    continue; // no record of this kind yet (the demo data has no dispute)
                }
                browser.open(links.get(0).getAttribute("href"));
                visited.add(route[2]);
                problems.addAll(recordPageProblems(browser, route[2], user));
            }
            assertThat(visited).as("record pages " + user + " reached").contains("case", "meeting", "body", "partner",
                    "agreement-version");
            assertThat(problems).as("record pages that scroll sideways, misplace a label, fail axe or lack a breadcrumb")
                    .isEmpty();
        }
    }

    private static List<String> recordPageProblems(Browser browser, String page, String user) throws Exception {
        List<String> problems = new ArrayList<>();
        for (int width : new int[]{LAPTOP, PHONE}) {
            browser.width(width);
            String where = page + " for " + user + " at " + width + " px";
            if (browser.sidewaysOverflow() > 0) {
                problems.add(where + ": " + browser.sidewaysOverflow() + " px too wide");
            }
            if (!browser.isShown(".breadcrumbs")) {
                problems.add(where + ": no breadcrumb");
            }
            problems.addAll(misplacedLabels(browser, where));
            problems.addAll(violations(browser, where));
            if (user.equals("sekretariat")) {
                browser.screenshot("record-" + page, width);
            }
        }
        return problems;
    }
}
