package vn.gov.moh.soc.portal.interfaces.web.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorPagesTest {
    /** Pages of a result of 25 items by 10: the cursor is the index of the page's first item. */
    private record Page(int first, String next) {
    }

    private final List<String> fetched = new ArrayList<>();

    private Page fetch(String cursor, int index) {
        fetched.add(cursor);
        int first = cursor == null ? 0 : Integer.parseInt(cursor);
        return new Page(first, first + 10 < 25 ? Integer.toString(first + 10) : null);
    }

    @Test
    void goingForwardWalksFromTheFurthestPageSeenAndGoingBackIsOneQuery() {
        CursorPages<Page> pages = new CursorPages<>();

        assertThat(pages.page(0, this::fetch, Page::next).first()).isZero();
        assertThat(pages.page(2, this::fetch, Page::next).first()).as("on from page 1, whose cursor page 0 gave").isEqualTo(20);
        assertThat(fetched).containsExactly(null, "10", "20");
        fetched.clear();

        assertThat(pages.page(1, this::fetch, Page::next).first()).isEqualTo(10);
        assertThat(fetched).as("page 1's cursor is known").containsExactly("10");
        assertThat(pages.known()).isEqualTo(3);
    }

    @Test
    void askingPastTheEndAnswersTheLastPageAndAResetForgetsTheCursors() {
        CursorPages<Page> pages = new CursorPages<>();

        assertThat(pages.page(7, this::fetch, Page::next).first()).isEqualTo(20);
        pages.reset();
        fetched.clear();
        pages.page(1, this::fetch, Page::next);

        assertThat(fetched).containsExactly(null, "10");
    }
}
