package org.mingyuan.platform.site;

import java.util.List;
import org.mingyuan.platform.identity.Caller;

/**
 * What waits for a caller in one module, for the workbench's to-do list (待办). Each module that has work for someone
 * implements it as a bean and answers for its own pages; the site knows none of them.
 */
public interface WorkbenchTasks {

    /** The most items a source counts for one task; more are shown as "100+". */
    int MOST = 100;

    /** The caller's tasks in this module; empty when it has no part here. The workbench leaves out those with no item. */
    List<Task> of(Caller caller);

    /**
     * One line of the to-do list.
     *
     * @param label the message key of its label, given the count as its argument
     * @param count how many items, at most {@link #MOST} (0 is not shown)
     * @param href the page where they are done
     */
    record Task(String label, int count, String href) {

        /** The count as shown: "100+" at {@link #MOST}. */
        public String shown() {
            return count >= MOST ? MOST + "+" : String.valueOf(count);
        }
    }
}
