package org.panel4j.sql;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table's name exactly as the database stores it, found through the metadata: the name as given,
 * else upper-cased, else lower-cased (databases fold unquoted names one way or the other).
 *
 * @param catalog its catalog, or null
 * @param schema its schema, or null
 * @param table its name
 */
record TableName(@Nullable String catalog, @Nullable String schema, String table) {

    static TableName find(DatabaseMetaData meta, @Nullable String schema, String table) throws SQLException {
        var candidates = new LinkedHashSet<>(List.of(table, table.toUpperCase(java.util.Locale.ROOT),
                table.toLowerCase(java.util.Locale.ROOT)));
        for (String name : candidates) {
            List<TableName> found = new ArrayList<>();
            String schemaPattern = schema == null ? null : escape(meta, schema);
            try (ResultSet rs = meta.getTables(null, schemaPattern, escape(meta, name), null)) {
                while (rs.next()) {
                    if (name.equals(rs.getString("TABLE_NAME"))
                            && (schema == null || schema.equals(rs.getString("TABLE_SCHEM")))) {
                        found.add(new TableName(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"), name));
                    }
                }
            }
            if (found.size() > 1) {
                throw new IllegalArgumentException(
                        "more than one table named " + table + "; name its schema (SqlTableData.Builder.schema)");
            }
            if (found.size() == 1) {
                return found.get(0);
            }
        }
        throw new IllegalArgumentException("no table or view named " + table);
    }

    /** {@code name} as a metadata pattern matching only itself. */
    static String escape(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
