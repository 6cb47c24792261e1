package app.dossier.domain;

import java.time.LocalDate;

/**
 * One purchase from one factory. {@code orderNumber} is text: 1688 numbers have about 19
 * digits and lose them as numbers. {@code folder} is the order's folder relative to the
 * case-files root, e.g. {@code 义乌市佳美日用品有限公司/2026-09-02 2837461920384756123}.
 */
public record Order(
        long id,
        long factoryId,
        String orderNumber,
        Channel channel,
        OrderKind kind,
        String product,
        AgreedSpecs specs,
        long quantity,
        String unit,
        Money unitPrice,
        LocalDate orderedOn,
        LocalDate deliveryDeadline,
        LocalDate agreedOn,
        String notes,
        String folder) {

    public Money total() {
        return unitPrice.times(quantity);
    }

    /** How the order is named to people: its number when it has one, else its product. */
    public String label() {
        return orderNumber == null || orderNumber.isBlank() ? product : orderNumber;
    }

    public Order withId(long newId) {
        return new Order(newId, factoryId, orderNumber, channel, kind, product, specs, quantity, unit,
                unitPrice, orderedOn, deliveryDeadline, agreedOn, notes, folder);
    }

    public Order withFolder(String newFolder) {
        return new Order(id, factoryId, orderNumber, channel, kind, product, specs, quantity, unit,
                unitPrice, orderedOn, deliveryDeadline, agreedOn, notes, newFolder);
    }
}
