package com.nexuscrm.ui.customers;

import com.nexuscrm.ui.transfer.ImportWindow;

/**
 * The Accounts screen's CSV imports: accounts themselves, and the support tickets and product usage that name an
 * account in each row (the same import dialog and rules as {@code nexus import tickets|usage}).
 */
public record AccountImports(ImportWindow accounts, ImportWindow tickets, ImportWindow usage) { }
