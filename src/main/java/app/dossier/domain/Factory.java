package app.dossier.domain;

/**
 * A supplier. {@code folder} is the name of its folder under the case-files root.
 * Ids of 0 mean "not stored yet".
 */
public record Factory(
        long id,
        String name,
        String latinName,
        String shopUrl,
        String wechatId,
        String contact,
        String notes,
        String folder) {

    public Factory withId(long newId) {
        return new Factory(newId, name, latinName, shopUrl, wechatId, contact, notes, folder);
    }

    public Factory withFolder(String newFolder) {
        return new Factory(id, name, latinName, shopUrl, wechatId, contact, notes, newFolder);
    }

    /** The name shown in lists: "义乌市佳美日用品有限公司 (Yiwu Jiamei Housewares)". */
    public String displayName() {
        return latinName == null || latinName.isBlank() ? name : name + " (" + latinName + ")";
    }
}
