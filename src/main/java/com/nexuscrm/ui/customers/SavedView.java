package com.nexuscrm.ui.customers;

/** A named set of filters of one customers list, chosen from its toolbar. */
public record SavedView(String name, CustomerCriteria criteria) {
    @Override
    public String toString() {
        return name;
    }
}
