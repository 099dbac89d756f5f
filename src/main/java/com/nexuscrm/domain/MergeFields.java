package com.nexuscrm.domain;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields a person chooses between when two leads, contacts or accounts are merged. Ids, sync metadata,
 * links that the merge moves itself (conversion links, the account of a contact...) and derived scores are not
 * among them: scores are recomputed after a merge, never merged.
 */
public final class MergeFields {
    /** One choosable field of records of type {@code T}. */
    public record Field<T>(String name, String label, Function<T, Object> get, BiConsumer<T, Object> set) {
        public boolean differs(T a, T b) {
            return !Objects.equals(get.apply(a), get.apply(b));
        }

        /** Copies this field's value from {@code from} onto {@code to}. */
        public void copy(T from, T to) {
            set.accept(to, get.apply(from));
        }
    }

    private MergeFields() { }

    @SuppressWarnings("unchecked")
    public static <T extends SyncedRecord> List<Field<T>> of(Class<T> type) {
        if (type == Lead.class) {
            return (List<Field<T>>) (List<?>) LEAD;
        }
        if (type == Contact.class) {
            return (List<Field<T>>) (List<?>) CONTACT;
        }
        if (type == Account.class) {
            return (List<Field<T>>) (List<?>) ACCOUNT;
        }
        throw new IllegalArgumentException("Only leads, contacts and accounts can be merged, not " + type.getSimpleName());
    }

    private static <T> Field<T> f(String name, String label, Function<T, Object> get, BiConsumer<T, Object> set) {
        return new Field<>(name, label, get, set);
    }

    private static final List<Field<Lead>> LEAD = List.of(
            f("firstName", "First name", Lead::getFirstName, (l, v) -> l.setFirstName((String) v)),
            f("lastName", "Last name", Lead::getLastName, (l, v) -> l.setLastName((String) v)),
            f("email", "Email", Lead::getEmail, (l, v) -> l.setEmail((String) v)),
            f("phone", "Phone", Lead::getPhone, (l, v) -> l.setPhone((String) v)),
            f("title", "Title", Lead::getTitle, (l, v) -> l.setTitle((String) v)),
            f("company", "Company", Lead::getCompany, (l, v) -> l.setCompany((String) v)),
            f("domain", "Domain", Lead::getDomain, (l, v) -> l.setDomain((String) v)),
            f("industry", "Industry", Lead::getIndustry, (l, v) -> l.setIndustry((String) v)),
            f("employees", "Employees", Lead::getEmployees, (l, v) -> l.setEmployees((Integer) v)),
            f("annualRevenue", "Annual revenue", Lead::getAnnualRevenue, (l, v) -> l.setAnnualRevenue((java.math.BigDecimal) v)),
            f("country", "Country", Lead::getCountry, (l, v) -> l.setCountry((String) v)),
            f("city", "City", Lead::getCity, (l, v) -> l.setCity((String) v)),
            f("technologies", "Technologies", Lead::getTechnologies, (l, v) -> l.setTechnologies((String) v)),
            f("source", "Source", Lead::getSource, (l, v) -> l.setSource((String) v)),
            f("status", "Status", Lead::getStatus, (l, v) -> l.setStatus((LeadStatus) v)),
            f("ownerId", "Owner", Lead::getOwnerId, (l, v) -> l.setOwnerId((java.util.UUID) v)));

    private static final List<Field<Contact>> CONTACT = List.of(
            f("firstName", "First name", Contact::getFirstName, (c, v) -> c.setFirstName((String) v)),
            f("lastName", "Last name", Contact::getLastName, (c, v) -> c.setLastName((String) v)),
            f("email", "Email", Contact::getEmail, (c, v) -> c.setEmail((String) v)),
            f("phone", "Phone", Contact::getPhone, (c, v) -> c.setPhone((String) v)),
            f("title", "Title", Contact::getTitle, (c, v) -> c.setTitle((String) v)),
            f("accountId", "Account", Contact::getAccountId, (c, v) -> c.setAccountId((java.util.UUID) v)),
            f("ownerId", "Owner", Contact::getOwnerId, (c, v) -> c.setOwnerId((java.util.UUID) v)));

    private static final List<Field<Account>> ACCOUNT = List.of(
            f("name", "Name", Account::getName, (a, v) -> a.setName((String) v)),
            f("domain", "Domain", Account::getDomain, (a, v) -> a.setDomain((String) v)),
            f("website", "Website", Account::getWebsite, (a, v) -> a.setWebsite((String) v)),
            f("phone", "Phone", Account::getPhone, (a, v) -> a.setPhone((String) v)),
            f("industry", "Industry", Account::getIndustry, (a, v) -> a.setIndustry((String) v)),
            f("employees", "Employees", Account::getEmployees, (a, v) -> a.setEmployees((Integer) v)),
            f("annualRevenue", "Annual revenue", Account::getAnnualRevenue, (a, v) -> a.setAnnualRevenue((java.math.BigDecimal) v)),
            f("country", "Country", Account::getCountry, (a, v) -> a.setCountry((String) v)),
            f("city", "City", Account::getCity, (a, v) -> a.setCity((String) v)),
            f("technologies", "Technologies", Account::getTechnologies, (a, v) -> a.setTechnologies((String) v)),
            f("ownerId", "Owner", Account::getOwnerId, (a, v) -> a.setOwnerId((java.util.UUID) v)));
}
