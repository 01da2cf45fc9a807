package id.kantibekisah.cases;

/**
 * How the counselor closes one open item while closing its case: done (for a referral, {@code text} is its
 * outcome; for a follow-up an optional note) or cancelled ({@code text} is the required reason).
 */
public record ItemClosure(Item item, long id, boolean cancelled, String text) {
    /** The kind of item closed. */
    public enum Item { FOLLOW_UP, REFERRAL }

    public static ItemClosure followUpDone(long id, String note) {
        return new ItemClosure(Item.FOLLOW_UP, id, false, note);
    }

    public static ItemClosure followUpCancelled(long id, String reason) {
        return new ItemClosure(Item.FOLLOW_UP, id, true, reason);
    }

    public static ItemClosure referralDone(long id, String outcome) {
        return new ItemClosure(Item.REFERRAL, id, false, outcome);
    }

    public static ItemClosure referralCancelled(long id, String reason) {
        return new ItemClosure(Item.REFERRAL, id, true, reason);
    }
}
