package no.samhandling.api;

import jakarta.ws.rs.core.HttpHeaders;
import no.samhandling.web.RuleViolationMessages;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Translates message keys for API clients, in the language their Accept-Language asks for (bokmål by default). */
final class ProblemTexts {

    private static final String BUNDLE = "no.samhandling.web.i18n.messages";

    private ProblemTexts() {
    }

    static String text(HttpHeaders headers, String key, Object... arguments) {
        Locale locale = locale(headers);
        return RuleViolationMessages.format(ResourceBundle.getBundle(BUNDLE, locale), locale, key, arguments);
    }

    static String text(jakarta.servlet.http.HttpServletRequest request, String key, Object... arguments) {
        Locale locale = locale(request.getHeader("Accept-Language") == null ? List.of()
                : java.util.Collections.list(request.getLocales()));
        return RuleViolationMessages.format(ResourceBundle.getBundle(BUNDLE, locale), locale, key, arguments);
    }

    private static Locale locale(HttpHeaders headers) {
        return locale(headers == null ? List.<Locale>of() : headers.getAcceptableLanguages());
    }

    private static Locale locale(List<Locale> accepted) {
        for (Locale l : accepted) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if (List.of("nb", "no", "nn").contains(l.getLanguage())) {
                break;
            }
        }
        return Locale.forLanguageTag("nb");
    }
}
