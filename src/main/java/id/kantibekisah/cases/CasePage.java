package id.kantibekisah.cases;

import java.util.List;

/** One page of the case list and how many cases match in all. */
public record CasePage(List<CaseSummary> rows, long total) {
    public CasePage {
        rows = List.copyOf(rows);
    }
}
