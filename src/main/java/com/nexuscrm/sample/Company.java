package com.nexuscrm.sample;

import java.math.BigDecimal;

/**
 * A company of the sample world, before it is a lead's employer or an account. Leads from the same
 * company share its firmographics, as they would in a real CRM.
 */
record Company(int index, String name, String domain, Market market, String city, String phone, String industry,
               int employees, BigDecimal annualRevenue, String technologies, double fit) {

    Segment segment() { return Segment.of(employees); }
}
