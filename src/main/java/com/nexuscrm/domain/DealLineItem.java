package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/** A product on a deal: quantity times unit price, less a discount. A deal with line items is worth their sum. */
@Entity
@Table(name = "deal_line_item")
public class DealLineItem extends SyncedRecord {
    private UUID dealId;
    private String product;
    private int quantity;
    private BigDecimal unitPrice;
    private BigDecimal discountPercent;

    public DealLineItem() { }

    public DealLineItem(UUID id) { super(id); }

    /** Quantity × unit price × (1 − discount), to the cent; zero while the price is missing. */
    public BigDecimal total() {
        if (unitPrice == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        BigDecimal discount = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        return gross.multiply(BigDecimal.valueOf(100).subtract(discount)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    public UUID getDealId() { return dealId; }
    public void setDealId(UUID dealId) { this.dealId = dealId; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public void setDiscountPercent(BigDecimal discountPercent) { this.discountPercent = discountPercent; }
}
