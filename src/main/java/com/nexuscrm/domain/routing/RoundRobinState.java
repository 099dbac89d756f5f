package com.nexuscrm.domain.routing;

import com.nexuscrm.domain.User;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rotation of one pool (a segment, or the whole team): how many leads each rep has had from it and
 * at which turn they last had one. The next lead goes to the available rep with the fewest, the one who
 * waited longest breaking ties, then name and id. So, among reps who stay available, counts never
 * differ by more than one; a rep who was away keeps their count and catches up on their return (the
 * pool's next leads go to them until they are level). A rep new to the pool starts level with the
 * least-served member instead of taking every lead until they have caught up with the team's history.
 */
public record RoundRobinState(String pool, long turn, Map<UUID, Slot> slots) {
    /** One rep's place in the rotation; {@code lastTurn} is -1 before their first lead. */
    public record Slot(long assigned, long lastTurn) { }

    /** The rep picked and the rotation after the pick. */
    public record Pick(User rep, long assigned, RoundRobinState next) { }

    public RoundRobinState {
        slots = Map.copyOf(slots);
    }

    public static RoundRobinState empty(String pool) {
        return new RoundRobinState(pool, 0, Map.of());
    }

    /**
     * Picks from {@code available} (not empty), who must be members of the pool; {@code members} are all
     * of the pool's reps, available or not, and decide where newcomers start.
     */
    public Pick pick(List<User> members, List<User> available) {
        if (available.isEmpty()) {
            throw new IllegalArgumentException("Round robin in " + pool + " needs at least one available rep");
        }
        long newcomerStart = members.stream().map(u -> slots.get(u.getId())).filter(s -> s != null)
                .mapToLong(Slot::assigned).min().orElse(0);
        Map<UUID, Slot> all = new HashMap<>(slots);
        for (User u : available) {
            all.putIfAbsent(u.getId(), new Slot(newcomerStart, -1));
        }
        User rep = available.stream().min(Comparator.comparingLong((User u) -> all.get(u.getId()).assigned())
                .thenComparingLong(u -> all.get(u.getId()).lastTurn()).thenComparing(SalesFloor.BY_NAME)).orElseThrow();
        Slot picked = new Slot(all.get(rep.getId()).assigned() + 1, turn);
        all.put(rep.getId(), picked);
        return new Pick(rep, picked.assigned(), new RoundRobinState(pool, turn + 1, all));
    }
}
