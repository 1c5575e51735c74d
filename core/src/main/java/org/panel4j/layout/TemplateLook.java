package org.panel4j.layout;

/** How a {@link Template} looks (Panel's Vanilla and FastList templates). */
public enum TemplateLook {
    /** A light header with a rule under it, the sidebar beside the main area: quiet, for tools. */
    PLAIN,
    /** A header in the accent colour, the sidebar as a raised panel, the main area on a tinted page. */
    DASHBOARD
}
