package com.nexuscrm.domain;

import java.util.List;

/**
 * The reads duplicate checks make: live records as {@link DuplicateRules} compares them, either all of a kind
 * (an import checks many rows at once) or the few that could match one record (a form's save).
 */
public interface DuplicateCandidates {
    /** Every live lead (LEAD), contact (CONTACT) or account (ACCOUNT) as a person or company. */
    List<DuplicateRules.Person> people(RecordRef.Kind kind);

    List<DuplicateRules.Company> companies();

    /** Live leads or contacts whose email is this one (any case), or whose company domain is this domain. */
    List<DuplicateRules.Person> peopleLike(RecordRef.Kind kind, String email, String domain);
}
