package org.sitrep.export;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * The events a query matches, read from the store a page at a time, so that an export of any size holds one page
 * in memory; with reports, each event of the page is read again with every report behind it. A limit in the query
 * caps the total.
 */
final class PagedEvents implements Iterable<StoredEvent> {

    static final int PAGE = 500;

    private final Store store;
    private final EventQuery query;
    private final boolean withReports;
    private final int pageSize;

    PagedEvents(Store store, EventQuery query, boolean withReports) {
        this(store, query, withReports, PAGE);
    }

    PagedEvents(Store store, EventQuery query, boolean withReports, int pageSize) {
        this.store = store;
        this.query = query;
        this.withReports = withReports;
        this.pageSize = pageSize;
    }

    @Override
    public Iterator<StoredEvent> iterator() {
        return new Iterator<>() {
            private int offset = query.offset();
            private int left = query.limit() > 0 ? query.limit() : Integer.MAX_VALUE;
            private List<StoredEvent> page = List.of();
            private int next;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (next == page.size() && !last && left > 0) {
                    int size = Math.min(pageSize, left);
                    page = store.events(query.page(size, offset));
                    next = 0;
                    offset += page.size();
                    left -= page.size();
                    last = page.size() < size;
                }
                return next < page.size();
            }

            @Override
            public StoredEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no event after offset " + offset);
                }
                StoredEvent e = page.get(next++);
                return withReports ? store.event(e.event().id()).orElse(e) : e;
            }
        };
    }
}
