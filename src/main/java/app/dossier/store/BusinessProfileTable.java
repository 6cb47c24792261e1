package app.dossier.store;

import app.dossier.domain.BusinessProfile;
import java.sql.PreparedStatement;
import java.util.Optional;

/** The business profile: a table of one row, or none before it is first saved. */
public final class BusinessProfileTable implements BusinessProfiles {
    @Override
    public Optional<BusinessProfile> find(Session s) {
        return Sql.call(s, c -> Rows.list(c, "SELECT name, company, contact, member_name, wechat_id"
                + " FROM business_profile WHERE id = 1", rs -> new BusinessProfile(rs.getString("name"),
                        rs.getString("company"), rs.getString("contact"), rs.getString("member_name"),
                        rs.getString("wechat_id"))).stream().findFirst());
    }

    @Override
    public void save(Session s, BusinessProfile p) {
        Sql.run(s, c -> {
            // UPDATE, then INSERT when there was no row: plain SQL that a second store reads the same way.
            try (PreparedStatement update = c.prepareStatement("UPDATE business_profile SET name = ?, company = ?,"
                    + " contact = ?, member_name = ?, wechat_id = ? WHERE id = 1")) {
                bind(update, p);
                if (update.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO business_profile"
                    + " (name, company, contact, member_name, wechat_id, id) VALUES (?, ?, ?, ?, ?, 1)")) {
                bind(insert, p);
                insert.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement ps, BusinessProfile p) throws java.sql.SQLException {
        Columns.text(ps, 1, p.name());
        Columns.text(ps, 2, p.company());
        Columns.text(ps, 3, p.contact());
        Columns.text(ps, 4, p.memberName());
        Columns.text(ps, 5, p.wechatId());
    }
}
