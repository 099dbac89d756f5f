package com.nexuscrm.domain.campaign;

/**
 * Who a campaign is for: a saved filter of the leads list or of the contacts list by name ({@code people} says which;
 * leads unless told), or simple criteria text (for example {@code status=NURTURE}); either may be null. Rule
 * enrolment reads it ({@code usecase.EnrolByRule}); it does not select by itself.
 */
public record Audience(String savedFilter, String criteria, PersonRef.Kind people) {
    public static final Audience MANUAL = new Audience(null, null);

    public Audience {
        people = people == null ? PersonRef.Kind.LEAD : people;
    }

    /** An audience of leads. */
    public Audience(String savedFilter, String criteria) {
        this(savedFilter, criteria, PersonRef.Kind.LEAD);
    }

    /** The contacts list's saved view with this name. */
    public static Audience contacts(String savedView) {
        return new Audience(savedView, null, PersonRef.Kind.CONTACT);
    }

    /** True when the audience is the contacts list's. */
    public boolean ofContacts() {
        return people == PersonRef.Kind.CONTACT;
    }
}
