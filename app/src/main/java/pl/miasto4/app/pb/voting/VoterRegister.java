package pl.miasto4.app.pb.voting;

import pl.miasto4.app.pb.results.PbRepository;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may vote: the plug-in point for a city's register of residents. The shipped implementation,
 * {@link ImportedVoterRegister}, answers from a register imported as CSV; a city that checks its
 * own register online provides another bean of this type marked {@code @Primary}. The voter is named
 * only by the keyed hash of their identifier ({@link PbSecrets#voterHash}).
 */
public interface VoterRegister {

    /** What eligibility needs: the district of residence and the first day the person may vote (null: any day). */
    record Entry(String district, LocalDate eligibleFrom) {
    }

    Optional<Entry> find(PbRepository.Edition edition, byte[] voterHash);
}
