package pl.miasto4.app.pb.voting;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** How the API answers a ballot: 201 with the receipt, or an RFC 7807 problem saying why it was refused. */
public final class VoteAnswers {
    private VoteAnswers() {
    }

    public record Receipt(String receipt, String edition, String pool, String check) {
    }

    /** A ballot: project ids in the voter's order; points for cumulative and scoring ballots. */
    public record BallotRequest(String voterId, List<String> projects, List<Integer> points) {
    }

    public static ResponseEntity<Receipt> created(String slug, String code, String receipt) {
        String check = "/api/pb/receipts/" + receipt;
        return ResponseEntity.created(URI.create(check)).body(new Receipt(receipt, slug, code, check));
    }

    public static ResponseEntity<ProblemDetail> problem(Voting.Refused r, VoteMessages messages) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(r.status()), messages.text(r, java.util.Locale.ENGLISH));
        p.setType(URI.create("https://miasto4.pl/problems/vote-" + r.code().replace('_', '-')));
        p.setTitle(messages.title(r.code()));
        p.setProperty("code", r.code());
        if (!r.problems().isEmpty()) {
            p.setProperty("problems", r.problems().stream().map(x -> Map.of("field", x.field(), "code", x.code(),
                    "detail", messages.text(x, java.util.Locale.ENGLISH))).toList());
        }
        return ResponseEntity.status(r.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
