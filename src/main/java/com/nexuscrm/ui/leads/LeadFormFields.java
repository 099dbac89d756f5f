package com.nexuscrm.ui.leads;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The lead form's fields as the user edits them: text (numbers too), the status and the source key. They are
 * filled from a lead and written back to one; a number that does not parse is a field error and stays unset.
 */
public final class LeadFormFields {
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty industry = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty employees = new SimpleStringProperty("");
    private final StringProperty annualRevenue = new SimpleStringProperty("");
    private final ObjectProperty<LeadStatus> status = new SimpleObjectProperty<>(LeadStatus.NEW);
    private final ObjectProperty<String> source = new SimpleObjectProperty<>(LeadSource.WEBSITE.name());
    private final BooleanProperty doNotContact = new SimpleBooleanProperty(false);

    LeadFormFields() {
    }

    /** Every field, in the order of {@link #values()}. */
    List<ObservableValue<?>> all() {
        return List.of(firstName, lastName, email, phone, title, company, industry, country, employees, annualRevenue,
                status, source, doNotContact);
    }

    private List<StringProperty> texts() {
        return List.of(firstName, lastName, email, phone, title, company, industry, country, employees, annualRevenue);
    }

    void fill(Lead value) {
        firstName.set(text(value.getFirstName()));
        lastName.set(text(value.getLastName()));
        email.set(text(value.getEmail()));
        phone.set(text(value.getPhone()));
        title.set(text(value.getTitle()));
        company.set(text(value.getCompany()));
        industry.set(text(value.getIndustry()));
        country.set(text(value.getCountry()));
        employees.set(value.getEmployees() == null ? "" : value.getEmployees().toString());
        annualRevenue.set(value.getAnnualRevenue() == null ? "" : value.getAnnualRevenue().toPlainString());
        status.set(value.getStatus());
        source.set(value.getSource());
        doNotContact.set(value.isDoNotContact());
    }

    /** Writes the fields to {@code draft}; numbers that do not parse are added to {@code found}. */
    void applyTo(Lead draft, List<FieldError> found) {
        draft.setFirstName(blankToNull(firstName.get()));
        draft.setLastName(blankToNull(lastName.get()));
        draft.setEmail(blankToNull(email.get()));
        draft.setPhone(blankToNull(phone.get()));
        draft.setTitle(blankToNull(title.get()));
        draft.setCompany(blankToNull(company.get()));
        draft.setIndustry(blankToNull(industry.get()));
        draft.setCountry(blankToNull(country.get()));
        draft.setEmployees(parseInt("employees", employees.get(), found));
        draft.setAnnualRevenue(parseAmount("annualRevenue", annualRevenue.get(), found));
        draft.setStatus(status.get());
        draft.setSource(source.get());
        draft.setDoNotContact(doNotContact.get());
        if (status.get() == LeadStatus.CONVERTED && draft.getConvertedAt() == null) {
            draft.setConvertedAt(Instant.now());
        }
    }

    /** The values as the form holds them, to compare with later ones and to {@link #restore}. */
    List<Object> values() {
        return Arrays.asList(firstName.get(), lastName.get(), email.get(), phone.get(), title.get(), company.get(),
                industry.get(), country.get(), employees.get(), annualRevenue.get(), status.get(), source.get(),
                doNotContact.get());
    }

    void restore(List<Object> values) {
        List<StringProperty> texts = texts();
        for (int i = 0; i < texts.size(); i++) {
            texts.get(i).set((String) values.get(i));
        }
        status.set((LeadStatus) values.get(10));
        source.set((String) values.get(11));
        doNotContact.set((Boolean) values.get(12));
    }

    private static Integer parseInt(String field, String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, "'" + text + "' is not a whole number"));
            return null;
        }
    }

    private static BigDecimal parseAmount(String field, String text, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, "'" + text + "' is not an amount (e.g. 2500000)"));
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty titleProperty() { return title; }
    public StringProperty companyProperty() { return company; }
    public StringProperty industryProperty() { return industry; }
    public StringProperty countryProperty() { return country; }
    public StringProperty employeesProperty() { return employees; }
    public StringProperty annualRevenueProperty() { return annualRevenue; }
    public ObjectProperty<LeadStatus> statusProperty() { return status; }
    public ObjectProperty<String> sourceProperty() { return source; }
    public BooleanProperty doNotContactProperty() { return doNotContact; }
}
