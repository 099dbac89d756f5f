package com.nexuscrm.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists a workspace starts with: the former enums' values (same keys, so existing records keep their
 * meaning) with the synonyms real files use ("Web" is Website, "Trade show" is Event, "Cold call" is Outbound).
 */
public final class Picklists {
    private Picklists() { }

    public static Picklist defaults(PicklistName name) {
        return new Picklist(name, switch (name) {
            case LEAD_SOURCE -> leadSources();
            case INDUSTRY -> industries();
            case DEAL_STAGE -> dealStages();
            case ACTIVITY_OUTCOME -> outcomes();
        });
    }

    private static List<PicklistValue> leadSources() {
        List<PicklistValue> values = new ArrayList<>();
        for (LeadSource s : LeadSource.values()) {
            values.add(new PicklistValue(s.name(), s.label(), true, synonyms(s), null, null));
        }
        return values;
    }

    private static List<String> synonyms(LeadSource source) {
        return switch (source) {
            case WEBSITE -> List.of("Web", "Web site", "Website form", "Web form", "Inbound web", "Online", "Contact form");
            case WEBINAR -> List.of("Web seminar", "Online event", "Virtual event");
            case REFERRAL -> List.of("Referred", "Word of mouth", "Customer referral", "Employee referral");
            case PAID_SEARCH -> List.of("PPC", "SEM", "Google Ads", "AdWords", "Paid", "Search ads", "CPC");
            case SOCIAL -> List.of("Social media", "LinkedIn", "Twitter", "Facebook", "X");
            case EVENT -> List.of("Trade show", "Tradeshow", "Conference", "Expo", "Exhibition", "Trade fair", "Seminar");
            case OUTBOUND -> List.of("Cold call", "Cold calling", "Cold email", "Outreach", "Prospecting", "SDR", "Outbound call");
            case PARTNER -> List.of("Reseller", "Channel", "Channel partner", "Affiliate");
            case IMPORT -> List.of("Imported", "List", "Purchased list", "List import");
        };
    }

    private static List<PicklistValue> industries() {
        return List.of(
                PicklistValue.of("Computer Software", "Computer Software", "Software", "SaaS", "Software development"),
                PicklistValue.of("Information Technology and Services", "Information Technology and Services", "IT",
                        "IT services", "Information technology", "Tech"),
                PicklistValue.of("Financial Services", "Financial Services", "Finance", "Fintech", "Banking"),
                PicklistValue.of("Hospital & Health Care", "Hospital & Health Care", "Healthcare", "Health care", "Health",
                        "Medical"),
                PicklistValue.of("Retail", "Retail", "E-commerce", "Ecommerce", "Retailer"),
                PicklistValue.of("Manufacturing", "Manufacturing", "Industrial", "Machinery"),
                PicklistValue.of("Education Management", "Education Management", "Education", "EdTech", "Higher education"),
                PicklistValue.of("Marketing and Advertising", "Marketing and Advertising", "Marketing", "Advertising",
                        "Agency"),
                PicklistValue.of("Telecommunications", "Telecommunications", "Telecom", "Telco"),
                PicklistValue.of("Insurance", "Insurance", "Insurtech"),
                PicklistValue.of("Real Estate", "Real Estate", "Property", "Proptech"),
                PicklistValue.of("Logistics and Supply Chain", "Logistics and Supply Chain", "Logistics", "Supply chain",
                        "Transportation"),
                PicklistValue.of("Government Administration", "Government Administration", "Government", "Public sector"),
                PicklistValue.of("Nonprofit Organization Management", "Nonprofit Organization Management", "Nonprofit",
                        "Non-profit", "NGO", "Charity"));
    }

    private static List<PicklistValue> dealStages() {
        List<PicklistValue> values = new ArrayList<>();
        int[] probabilities = {10, 25, 50, 75, 100, 0};
        for (DealStage s : DealStage.values()) {
            values.add(new PicklistValue(s.name(), s.label(), true, stageSynonyms(s), probabilities[s.ordinal()],
                    s.outcome().orElse(null)));
        }
        return values;
    }

    private static List<String> stageSynonyms(DealStage stage) {
        return switch (stage) {
            case PROSPECTING -> List.of("Prospect", "New", "Discovery");
            case QUALIFICATION -> List.of("Qualified", "Qualifying");
            case PROPOSAL -> List.of("Quote", "Quoted", "Proposal sent");
            case NEGOTIATION -> List.of("Negotiating", "Contract", "Commit");
            case CLOSED_WON -> List.of("Won", "Closed", "Win");
            case CLOSED_LOST -> List.of("Lost", "Loss", "Dead");
        };
    }

    private static List<PicklistValue> outcomes() {
        return List.of(PicklistValue.of("Connected", "Connected", "Reached", "Spoke"),
                PicklistValue.of("Left voicemail", "Left voicemail", "Voicemail", "VM"),
                PicklistValue.of("No answer", "No answer", "No reply", "Not reached"),
                PicklistValue.of("Meeting booked", "Meeting booked", "Meeting set", "Demo booked"),
                PicklistValue.of("Not interested", "Not interested", "Declined"),
                PicklistValue.of("Wrong number", "Wrong number", "Bad number"),
                // Deal health reads these two (domain.deal.OutcomeMeaning): an email from the customer, a meeting missed.
                PicklistValue.of("Replied", "Replied", "Customer replied", "Reply received", "Inbound email", "Received"),
                PicklistValue.of("No show", "No show", "No-show", "Did not attend", "Didn't show", "Cancelled",
                        "Canceled", "Missed"));
    }
}
