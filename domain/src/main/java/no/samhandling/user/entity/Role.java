package no.samhandling.user.entity;

/**
 * What a user may do. The names are the Jakarta security role names used in {@code @RolesAllowed} and web.xml.
 */
public enum Role {
    /** AU/secretariat: community-wide read and write, manages users. */
    SECRETARIAT,
    /** Acts for one municipality: changes only that municipality's data. */
    MUNICIPAL_ADMIN,
    /** Acts for the hospital trust. */
    HOSPITAL_ADMIN,
    /** Member of a body: reads. */
    MEMBER,
    /** Machine account of a partner's archive system. */
    ARCHIVE_SYSTEM;

    /** Role names as constants for annotations, which cannot take enum values. */
    public static final class Names {
        public static final String SECRETARIAT = "SECRETARIAT";
        public static final String MUNICIPAL_ADMIN = "MUNICIPAL_ADMIN";
        public static final String HOSPITAL_ADMIN = "HOSPITAL_ADMIN";
        public static final String MEMBER = "MEMBER";
        public static final String ARCHIVE_SYSTEM = "ARCHIVE_SYSTEM";

        private Names() {
        }
    }
}
