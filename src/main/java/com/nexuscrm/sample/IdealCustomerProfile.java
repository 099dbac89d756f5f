package com.nexuscrm.sample;

import java.util.List;
import java.util.Set;

/**
 * Who the sample vendor (a CRM with call coaching) sells to best. The fit score is the first latent of
 * {@link OutcomeModel}: software-heavy industries, mid-sized companies, core markets, tools it
 * integrates with, and senior buyers in sales, marketing or IT.
 */
final class IdealCustomerProfile {
    /** Industries, named as Datafaker names them, where the product is known to win. */
    static final List<String> TARGET_INDUSTRIES = List.of("Computer Software", "Information Technology and Services",
            "Internet", "Financial Services", "Marketing and Advertising", "Telecommunications",
            "Computer & Network Security", "Staffing and Recruiting", "Management Consulting", "Insurance",
            "E-Learning", "Online Media", "Logistics and Supply Chain", "Wholesale");
    /** A typical B2B stack; the CRM names are the incumbents a deal displaces. */
    static final List<String> TECHNOLOGIES = List.of("Salesforce", "HubSpot", "Pipedrive", "Zoho CRM", "Slack",
            "Zendesk", "Snowflake", "Twilio", "Microsoft 365", "Google Workspace", "AWS", "Azure", "Shopify", "Stripe",
            "Jira", "Marketo", "Intercom", "Mailchimp", "Tableau", "Workday");
    private static final Set<String> INTEGRATIONS = Set.of("Slack", "Zendesk", "Snowflake", "Twilio");
    private static final Set<String> OUTGROWN_CRMS = Set.of("HubSpot", "Pipedrive", "Zoho CRM");
    private static final Set<String> BUYER_FUNCTIONS = Set.of("Sales", "Marketing", "IT", "Technology");

    private IdealCustomerProfile() { }

    /** The company part of fit, roughly -1.5 .. 2. */
    static double companyFit(String industry, int employees, Market market, List<String> technologies) {
        double fit = TARGET_INDUSTRIES.contains(industry) ? 0.8 : -0.25;
        fit += switch (Segment.of(employees)) {
            case SMB -> employees < 20 ? -0.9 : -0.1;
            case MID_MARKET -> 0.5;
            case ENTERPRISE -> 0.15;
        };
        fit += market.core() ? 0.25 : -0.1;
        for (String tech : technologies) {
            if (INTEGRATIONS.contains(tech)) {
                fit += 0.2;
            } else if (OUTGROWN_CRMS.contains(tech)) {
                fit += 0.15;
            } else if ("Salesforce".equals(tech)) {
                fit -= 0.2;
            }
        }
        return fit;
    }

    /** The person part of fit: can they buy, and is it their problem. */
    static double personFit(Seniority seniority, String function) {
        return seniority.fit() + (BUYER_FUNCTIONS.contains(function) ? 0.35 : -0.3);
    }
}
