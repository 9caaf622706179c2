package org.mingyuan.platform.identity;

import java.util.List;

/**
 * The departments known to the platform, offered when an administrator places an account in a department. The policy
 * module implements it with the issuing departments of its policies; without such a bean none are offered and names
 * are typed.
 */
public interface DepartmentDirectory {

    /** The names of the known departments, sorted, without repeats. */
    List<String> departments();
}
