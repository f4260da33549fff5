package pl.miasto4.app.pb;

import pl.miasto4.app.pb.results.PbRepository;

import pl.miasto4.app.pb.admin.EditionAdmin;
import pl.miasto4.app.pb.voting.ImportedVoterRegister;
import pl.miasto4.app.pb.voting.PbSecrets;
import pl.miasto4.app.pb.voting.Voting;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import pl.miasto4.app.StoreTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An attacker with a copy of the database tries to find out how each person voted. 200 people vote
 * one after another (so the order of their "has voted" rows is the order they voted in, the best case
 * for the attacker), then the edition is closed. The test knows the truth (each receipt is whose) and
 * scores the attacks the docs describe (docs/pb.md, "Secrecy"): shared values, physical row order,
 * the writing transaction (xmin), the order of ids. Each must do no better than guessing.
 */
class BallotSecrecyTest extends StoreTest {
    static final int VOTERS = 200;

    @Autowired
    EditionAdmin admin;
    @Autowired
    ImportedVoterRegister register;
    @Autowired
    PbRepository repository;
    @Autowired
    Voting voting;
    @Autowired
    PbSecrets secrets;

    @Test
    void aDatabaseDumpDoesNotLinkAnyBallotToItsVoter() throws Exception {
        String slug = "secrecy-" + ProcessHandle.current().pid();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Warsaw"));
        admin.create(new EditionAdmin.NewEdition(slug, "Kraków", "Test tajności", null, today, today, 0, "residence"), "test");
        admin.poolFromFile(slug, "stare-miasto", "Poland_Krakow_2020_Stare_Miasto.pb",
                new ClassPathResource("demo/pabulib/Poland_Krakow_2020_Stare_Miasto.pb").getContentAsByteArray(), "test");
        List<SyntheticVoters.Voter> people = SyntheticVoters.adults(VOTERS, List.of("Stare Miasto"));
        register.importCsv(repository.edition(slug).orElseThrow(), Set.of("Stare Miasto"), "r.csv",
                SyntheticVoters.csv(people, false), "test");
        admin.open(slug, "test");
        PbRepository.Edition e = repository.edition(slug).orElseThrow();
        long poolId = repository.pool(e.id(), "stare-miasto").orElseThrow().id();
        List<String> ids = repository.projects(poolId).stream().map(PbRepository.PoolProject::id).toList();

        // voter i votes i-th; truth: receipt hash -> voter index
        Map<String, Integer> voterOfReceiptHash = new HashMap<>();
        Set<String> receipts = new HashSet<>();
        for (int i = 0; i < VOTERS; i++) {
            List<String> ballot = List.of(ids.get(i % ids.size()), ids.get((i + 7) % ids.size()), ids.get((i + 13) % ids.size()));
            String receipt = voting.cast(slug, "stare-miasto", people.get(i).pesel(), ballot, null, null);
            receipts.add(receipt);
            voterOfReceiptHash.put(HexFormat.of().formatHex(PbSecrets.receiptHash(receipt)), i);
        }

        // --- while voting is open: "has voted" rows and sealed ballots are written together, so an attacker
        // who reads xmin pairs them; what they pair is ciphertext of one fixed length, unreadable without the key
        List<byte[]> sealed = jdbc.sql("SELECT sealed FROM pb_sealed_ballot WHERE pool_id = ?").param(poolId)
                .query(byte[].class).list();
        assertThat(sealed).hasSize(VOTERS);
        assertThat(sealed.stream().map(b -> b.length).distinct().toList()).as("every sealed ballot equally long").hasSize(1);
        for (byte[] s : sealed) {
            String text = new String(s, StandardCharsets.ISO_8859_1);
            for (String receipt : receipts) {
                assertThat(text).doesNotContain(receipt);
            }
        }

        admin.closeAndCount(slug, "test");

        // --- the dump after closing: every row of both tables, in physical order, with system columns
        List<Map<String, Object>> voted = jdbc.sql("""
                SELECT ctid::text AS ctid, xmin::text AS xmin, encode(voter_hash, 'hex') AS voter FROM pb_voted
                WHERE edition_id = ?""").param(e.id()).query().listOfRows();
        List<Map<String, Object>> ballots = jdbc.sql("""
                SELECT ctid::text AS ctid, xmin::text AS xmin, id::text AS id, encode(receipt_hash, 'hex') AS receipt,
                       projects::text AS projects, points::text AS points, attributes::text AS attributes
                FROM pb_ballot WHERE pool_id = ?""").param(poolId).query().listOfRows();
        assertThat(voted).hasSize(VOTERS);
        assertThat(ballots).hasSize(VOTERS);

        // the attacker knows each "has voted" row's voter (they can hash a known PESEL only with the key,
        // but assume they learned the order people voted in, e.g. from a queue outside a polling station):
        // voted rows in physical order are voters 0..199 — check that premise holds, so the attack is fair
        List<String> hashesInVotingOrder = people.stream()
                .map(p -> HexFormat.of().formatHex(secrets.voterHash(p.pesel()))).toList();
        List<String> votedOrder = voted.stream().map(r -> (String) r.get("voter")).toList();
        assertThat(rankCorrelation(hashesInVotingOrder, votedOrder)).as("the voted table keeps the voting order")
                .isGreaterThan(0.9);

        // attack 1: a value shared between the two tables
        Set<String> votedValues = new HashSet<>();
        voted.forEach(r -> votedValues.addAll(List.of((String) r.get("voter"), (String) r.get("xmin"))));
        for (Map<String, Object> b : ballots) {
            for (String column : List.of("id", "receipt", "xmin", "projects", "points", "attributes")) {
                Object v = b.get(column);
                assertThat(v == null || !votedValues.contains(v.toString())).as("shared value in " + column).isTrue();
            }
            assertThat(b.get("attributes")).as("no voter attributes on a ballot cast here").isNull();
        }
        // attack 2: physical order — the k-th ballot is the k-th voter's
        int byPosition = 0;
        for (int k = 0; k < VOTERS; k++) {
            if (voterOfReceiptHash.get((String) ballots.get(k).get("receipt")) == k) {
                byPosition++;
            }
        }
        // guessing gets 1 right on average; P(10 or more) is below 1e-6
        assertThat(byPosition).as("ballots placed by physical order").isLessThan(10);
        List<Integer> voterAtPosition = ballots.stream().map(b -> voterOfReceiptHash.get((String) b.get("receipt"))).toList();
        assertThat(Math.abs(spearman(voterAtPosition))).as("rank correlation of ballot position with voting order")
                .isLessThan(0.3);
        // attack 3: the writing transaction — one transaction wrote every ballot of the edition
        assertThat(ballots.stream().map(b -> b.get("xmin")).distinct().count()).as("distinct xmin among ballots").isEqualTo(1);
        // attack 4: ids in the order they sort
        List<Map<String, Object>> byId = new ArrayList<>(ballots);
        byId.sort((a, b) -> ((String) a.get("id")).compareTo((String) b.get("id")));
        List<Integer> voterById = byId.stream().map(b -> voterOfReceiptHash.get((String) b.get("receipt"))).toList();
        assertThat(Math.abs(spearman(voterById))).as("rank correlation of ballot id with voting order").isLessThan(0.3);
        // no time anywhere near a ballot or a "has voted" row
        assertThat(jdbc.sql("""
                SELECT count(*) FROM information_schema.columns WHERE table_name IN ('pb_ballot', 'pb_sealed_ballot', 'pb_voted')
                AND data_type IN ('date', 'timestamp with time zone', 'timestamp without time zone', 'time without time zone')""")
                .query(Long.class).single()).isZero();
        // the sealed table kept nothing
        assertThat(jdbc.sql("SELECT count(*) FROM pb_sealed_ballot WHERE pool_id = ?").param(poolId).query(Long.class).single())
                .isZero();
        // the audit trail names no voter and no receipt
        String audit = String.join("\n", jdbc.sql("SELECT coalesce(before::text, '') || coalesce(after::text, '') FROM audit_event")
                .query(String.class).list());
        for (String h : hashesInVotingOrder) {
            assertThat(audit).doesNotContain(h);
        }
        for (String r : receipts) {
            assertThat(audit).doesNotContain(r);
        }
        for (SyntheticVoters.Voter p : people) {
            assertThat(audit).doesNotContain(p.pesel());
        }
    }

    /** Spearman's rank correlation of a permutation of 0..n-1 with the identity. */
    static double spearman(List<Integer> permutation) {
        int n = permutation.size();
        double d2 = 0;
        for (int i = 0; i < n; i++) {
            double d = permutation.get(i) - i;
            d2 += d * d;
        }
        return 1 - 6 * d2 / ((double) n * ((double) n * n - 1));
    }

    /** Rank correlation of the order of {@code actual} with the order of {@code expected} (same elements). */
    static double rankCorrelation(List<String> expected, List<String> actual) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < expected.size(); i++) {
            rank.put(expected.get(i), i);
        }
        return spearman(actual.stream().map(rank::get).toList());
    }
}
