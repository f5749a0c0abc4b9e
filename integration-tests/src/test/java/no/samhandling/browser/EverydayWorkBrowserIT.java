package no.samhandling.browser;

import no.samhandling.suite.BlackBox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everyday work in the browser: the start page shows a municipal administrator what is due, their reminders are
 * chosen with the keyboard-operable form; the pages no other browser test opens (start page, reminders, regions, a
 * user, search, a record's history, change notices, strategy, newsletters, shared funds, annual report) pass axe-core.
 */
@BlackBox
class EverydayWorkBrowserIT {

    @Test
    void the_start_page_shows_what_is_due_and_reminders_are_chosen() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("lillestrom", Browser.DEMO_PASSWORD);
            browser.open(Browser.APP);
            assertThat(browser.find("main h1").getText()).isEqualTo("Samhandling");
            assertThat(browser.find("#due-summary").getText()).matches("(Ingen frister|1 frist|\\d+ frister), \\d+ forfalt\\.");
            assertThat(browser.find("#due").getText()).contains("Frist").contains("Gjelder");
            assertThat(browser.accessibilityViolations()).as("start page").isEmpty();

            new Select(browser.find("#due-filter\\:horizon")).selectByValue("365");
            browser.find("#due-filter\\:overdue-only").click();
            WebElement before = browser.find("#due");
            browser.find("#due-filter\\:apply").click();
            browser.awaitGone(before);
            for (WebElement row : browser.driver.findElements(By.cssSelector("#due tbody tr.flagged"))) {
                assertThat(row.getText()).contains("(forfalt)");
            }

            browser.follow("#nav-reminders");
            assertThat(browser.find("main h1").getText()).isEqualTo("Påminnelser på e-post");
            assertThat(browser.accessibilityViolations()).as("reminders page").isEmpty();
            new Select(browser.find("#form\\:daysAhead")).selectByValue("7");
            browser.find("#form\\:save").click();
            assertThat(browser.find("#messages").getText()).contains("Valget ditt er lagret");
            assertThat(new Select(browser.find("#form\\:daysAhead")).getFirstSelectedOption().getText()).startsWith("7");
        }
    }

    @Test
    void the_secretariat_s_remaining_pages_pass_axe() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", Browser.DEMO_PASSWORD);
            browser.open(Browser.APP);
            assertThat(browser.find("#due-summary").getText()).contains("frister");
            assertThat(browser.accessibilityViolations()).as("start page of the secretariat").isEmpty();

            browser.follow("#nav-regions");
            browser.find("main h1");
            assertThat(browser.accessibilityViolations()).as("regions").isEmpty();

            browser.follow("#nav-users");
            browser.find("main h1");
            browser.driver.findElement(By.cssSelector("main table a[href*='user.xhtml']")).click();
            browser.find("main h1");
            assertThat(browser.accessibilityViolations()).as("a user").isEmpty();

            browser.type("#site-search-q", "samarbeidsutvalget");
            browser.find("#site-search-submit").click();
            assertThat(browser.find("main h1").getText()).isEqualTo("Søk");
            assertThat(browser.find("#search-hits").getText()).contains("Strategisk samarbeidsutvalg");
            assertThat(browser.accessibilityViolations()).as("search with hits").isEmpty();

            browser.follow("#nav-partners");
            browser.find("main h1");
            browser.find("main table a[href*='partner.xhtml']");
            browser.driver.findElement(By.linkText("Lillestrøm")).click();
            // a number the partner does not have yet, whatever an earlier test or run left: the save is a change
            String before = browser.find("#form\\:phone").getAttribute("value");
            String phone;
            do {
                phone = String.format("+47 66 93 %02d %02d", ThreadLocalRandom.current().nextInt(100),
                        ThreadLocalRandom.current().nextInt(100));
            } while (phone.equals(before));
            browser.type("#form\\:phone", phone);
            browser.submit("#form\\:save");
            assertThat(browser.find("#messages").getText()).contains("Lillestrøm");
            assertThat(browser.find("#form\\:phone").getAttribute("value")).as("the page read the partner again")
                    .isEqualTo(phone);
            browser.find("#history summary").click();
            assertThat(browser.find("#history table").getText()).as("the change just made, newest first")
                    .contains("sekretariat").contains("Endret").contains("Telefon:").contains(phone);
            assertThat(browser.accessibilityViolations()).as("a partner with its history open").isEmpty();

            browser.follow("#nav-change-notices");
            assertThat(browser.find("main h1").getText()).isEqualTo("Endringsvarsler");
            assertThat(browser.accessibilityViolations()).as("change notices").isEmpty();
            browser.follow("#nav-strategy");
            assertThat(browser.find("#strategy-name").getText()).isEqualTo("Strategi for samhandlingen 2023–2026");
            assertThat(browser.accessibilityViolations()).as("strategy and action plan").isEmpty();
            browser.follow("#nav-newsletters");
            assertThat(browser.find("main h1").getText()).isEqualTo("Nyhetsbrev");
            assertThat(browser.accessibilityViolations()).as("newsletters").isEmpty();
            browser.follow("#nav-funds");
            browser.type("#spend-form\\:purpose", "Fagdag uten budsjett");
            browser.type("#spend-form\\:amount", "1 234,50");
            browser.type("#spend-form\\:spentOn", "01.02.2950");
            browser.find("#spend-form\\:spend").click();
            assertThat(browser.find("#spend-form\\:decisionId-message").getText()).as("R-COST-1 at its field")
                    .contains("går ut over budsjettet");
            assertThat(browser.accessibilityViolations()).as("shared funds with a refused spending").isEmpty();
            browser.follow("#nav-annual-report");
            browser.find("#year-form\\:draft").click();
            assertThat(browser.find("#text-form\\:text").getAttribute("value")).contains("## Møter");
            assertThat(browser.accessibilityViolations()).as("annual report draft").isEmpty();
        }
    }

    @Test
    void a_refused_form_keeps_its_address_and_says_at_the_field_what_is_wrong() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", Browser.DEMO_PASSWORD);
            browser.follow("#nav-partners");
            browser.follow("#partners-form\\:partners tbody a");
            String address = browser.driver.getCurrentUrl();
            assertThat(address).contains("partner.xhtml?id=");
            browser.type("#form\\:organisationNumber", "123");
            browser.submit("#form\\:save");

            assertThat(browser.driver.getCurrentUrl()).as("the record's address after a refused submit").isEqualTo(address);
            WebElement number = browser.find("#form\\:organisationNumber");
            assertThat(number.getAttribute("value")).as("what was typed stays").isEqualTo("123");
            String described = (String) browser.script("""
                    const input = document.getElementById('form:organisationNumber');
                    return input.getAttribute('aria-describedby').split(' ')
                        .map(id => document.getElementById(id).textContent).join(' | ');""");
            assertThat(described).as("the field is described by its hint and its message")
                    .contains("9 siffer, for eksempel").contains("ikke et gyldig organisasjonsnummer");
            assertThat(number.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]")).getText())
                    .as("label, hint and message in the field's block")
                    .contains("Organisasjonsnummer").contains("9 siffer").contains("ikke et gyldig organisasjonsnummer");
            assertThat(browser.accessibilityViolations()).as("a refused form").isEmpty();
        }
    }

    @Test
    void a_member_reads_the_case_paper_as_text_not_as_a_disabled_form() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("medlem", Browser.DEMO_PASSWORD);
            browser.follow("#nav-cases");
            browser.follow("#list\\:cases tbody a");
            assertThat(browser.find("#paper").getText()).as("the case paper as text")
                    .contains("Sak").contains("Økonomiske og driftsmessige konsekvenser");
            assertThat(browser.driver.findElements(By.cssSelector("main [disabled]"))).as("no disabled controls").isEmpty();
            assertThat(browser.driver.findElements(By.id("form:title"))).as("no form to change it").isEmpty();
            assertThat(browser.accessibilityViolations()).as("a case read by a member").isEmpty();
        }
    }

    @Test
    void the_secretariat_records_a_meeting_s_attendance_in_one_table_or_is_led_to_where_members_are_added() throws Exception {
        try (Browser browser = Browser.start()) {
            browser.open(Browser.APP + "login.xhtml");
            browser.signIn("sekretariat", Browser.DEMO_PASSWORD);
            browser.follow("#nav-meetings");
            browser.follow("main section.meeting h2 a");
            assertThat(browser.find(".breadcrumbs").getText()).as("where the meeting belongs").contains("Møter");
            if (browser.isShown("#attendance-empty")) {
                browser.follow("#add-members");
                assertThat(browser.find("main h1").getText()).as("the body's page, where members are added").isNotBlank();
                assertThat(browser.driver.getCurrentUrl()).contains("/app/body.xhtml");
                return;
            }
            assertThat(browser.accessibilityViolations()).as("the meeting with its attendance table").isEmpty();
            browser.select("#attendance-form\\:attendance\\:0\\:status, select[id$=':0:status']", "PRESENT");
            browser.submit("#attendance-form\\:saveAttendance");
            assertThat(browser.find("#messages").getText()).contains("Oppmøtet er registrert");
            assertThat(new Select(browser.find("select[id$=':0:status']")).getFirstSelectedOption().getText())
                    .isEqualTo("Til stede");
        }
    }
}
