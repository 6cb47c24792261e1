package app.dossier.cli;

import app.dossier.domain.Money;
import app.dossier.domain.MoneyParser;
import java.util.Currency;

/**
 * An amount as typed after --amount or --unit-price, read once the order is known: a plain number
 * ("1800") is in the order's currency, a mark (¥ 元 tệ CNY RMB, ₫ đ VND, $ USD) says otherwise. The
 * command line reads numbers as the window does when its language is not known: "1.800" and
 * "1,800" are refused as unclear for yuan and dollars.
 */
record TypedMoney(String text) {

    /** @param plainMeans the order's currency; null for a new order, whose amount must name its own */
    Money in(Currency plainMeans) {
        return MoneyParser.parse(text, plainMeans);
    }
}
