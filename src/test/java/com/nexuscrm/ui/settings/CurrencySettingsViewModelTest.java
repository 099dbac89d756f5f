package com.nexuscrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.CurrencyCode;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Settings → Currency over a scripted source, run synchronously, in the UK's and Germany's formats. */
class CurrencySettingsViewModelTest {
    /** What the team-settings use case does, in memory: checks the code, refuses a rep. */
    private static final class Scripted implements CurrencySettings {
        String code = "USD";
        boolean editable = true;
        int saves;

        @Override
        public String load() { return code; }

        @Override
        public String save(String typed) {
            String normal = CurrencyCode.normalise(typed);
            CurrencyCode.problem(normal).ifPresent(p -> {
                throw new IllegalArgumentException(CurrencyCode.problem(typed.strip()).orElse(p));
            });
            saves++;
            code = normal;
            return normal;
        }

        @Override
        public boolean editable() { return editable; }
    }

    private final Scripted source = new Scripted();

    @Test
    void aManagerSetsTheCurrencyAndSeesHowAmountsWillLook() {
        CurrencySettingsViewModel model = new CurrencySettingsViewModel(source, new DirectTaskExecutor(),
                new Formats(Locale.UK, ZoneOffset.UTC));
        model.load();
        assertEquals("USD", model.codeProperty().get());
        assertEquals("Shown as US$5,828,000, in short US$5.8M", model.exampleProperty().get());
        model.codeProperty().set("gbp");
        model.save();
        assertEquals("GBP", model.codeProperty().get());
        assertEquals("GBP", source.code);
        assertEquals("Shown as £5,828,000, in short £5.8M", model.exampleProperty().get());
        assertTrue(model.noticeProperty().get().startsWith("The workspace currency is now GBP"));
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void aBadCodeSaysWhatToTypeAndKeepsTheSavedOne() {
        CurrencySettingsViewModel model = new CurrencySettingsViewModel(source, new DirectTaskExecutor(),
                new Formats(Locale.GERMANY, ZoneOffset.UTC));
        model.load();
        model.codeProperty().set("Euro");
        model.save();
        assertEquals("'Euro' is not an ISO 4217 currency code: enter three letters such as USD, EUR or GBP.",
                model.errorProperty().get());
        assertEquals("USD", source.code);
        assertEquals(0, source.saves);
        model.codeProperty().set("EUR");
        model.save();
        assertEquals("Shown as 5.828.000\u00a0€, in short 5,8\u00a0Mio.\u00a0€", model.exampleProperty().get());
    }

    @Test
    void aRepSeesItReadOnly() {
        source.editable = false;
        CurrencySettingsViewModel model = new CurrencySettingsViewModel(source, new DirectTaskExecutor(),
                new Formats(Locale.UK, ZoneOffset.UTC));
        model.load();
        assertFalse(model.editableProperty().get());
        assertTrue(model.noticeProperty().get().contains("read-only"));
        model.codeProperty().set("EUR");
        model.save();
        assertEquals(0, source.saves);
    }
}
