package com.nexuscrm.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.ArmCounts;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import com.nexuscrm.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link CampaignBandit} as JSON, for a team setting or the campaign: <pre>
 * {"schemaVersion":1,
 *  "arms":{"sendTimeGrid":"BLOCKS","channels":["EMAIL","SMS"],"variants":2},
 *  "settings":{"enabled":true,"explorationFloor":0.1,"fixed":null},   (fixed: {"sendTime":2,"channel":"EMAIL","variant":0})
 *  "segments":[{"segment":"WEBSITE/HIGH","sendTime":[{"pulls":10,"successes":1},..],"channel":[..],"variant":[..]}]}
 * </pre> Reading refuses anything else with an {@link IllegalArgumentException} naming the field, e.g.
 * {@code segments[0].channel[1].successes}, and builds nothing from a state it refuses.
 */
public final class BanditStateJson {
    /** The schema this build writes and reads; a state from another schema is refused, not guessed at. */
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final String[] DIMENSION_FIELDS = {"sendTime", "channel", "variant"};

    private BanditStateJson() { }

    public static String write(CampaignBandit bandit) {
        ObjectNode root = MAPPER.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
        ArmSpace arms = bandit.arms();
        ObjectNode armsNode = root.putObject("arms").put("sendTimeGrid", arms.grid().name());
        arms.channels().forEach(c -> armsNode.withArray("channels").add(c.name()));
        armsNode.put("variants", arms.variants());
        OptimisationSettings settings = bandit.settings();
        ObjectNode settingsNode = root.putObject("settings").put("enabled", settings.enabled())
                .put("explorationFloor", settings.explorationFloor());
        if (settings.fixed() == null) {
            settingsNode.putNull("fixed");
        } else {
            settingsNode.putObject("fixed").put("sendTime", settings.fixed().sendTime())
                    .put("channel", settings.fixed().channel().name()).put("variant", settings.fixed().variant());
        }
        ArrayNode segments = root.putArray("segments");
        for (Segment segment : bandit.segments()) {
            ObjectNode node = segments.addObject().put("segment", segment.key());
            for (Dimension dimension : Dimension.values()) {
                ArrayNode row = node.putArray(DIMENSION_FIELDS[dimension.ordinal()]);
                bandit.posteriors(segment, dimension).forEach(p -> row.addObject().put("pulls", p.pulls())
                        .put("successes", p.successes()));
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The bandit state could not be written as JSON", e);
        }
    }

    /** The bandit a state holds; throws {@link IllegalArgumentException} naming the first field that is wrong. */
    public static CampaignBandit read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The bandit state is not JSON (" + e.getOriginalMessage() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The bandit state is not a JSON object.");
        }
        long version = whole(root, "schemaVersion", "schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw problem("schemaVersion", "is " + version + "; this build reads schema " + SCHEMA_VERSION + " only");
        }
        ArmSpace arms = arms(object(root, "arms", "arms"));
        CampaignBandit bandit = new CampaignBandit(arms, settings(object(root, "settings", "settings"), arms));
        JsonNode segments = array(root, "segments", "segments");
        Set<Segment> seen = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            readSegment(segments.get(i), "segments[" + i + "]", bandit, seen);
        }
        return bandit;
    }

    private static ArmSpace arms(JsonNode node) {
        SendTimeGrid grid = named(SendTimeGrid.class, text(node, "sendTimeGrid", "arms.sendTimeGrid"), "arms.sendTimeGrid");
        JsonNode channelsNode = array(node, "channels", "arms.channels");
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < channelsNode.size(); i++) {
            String path = "arms.channels[" + i + "]";
            if (!channelsNode.get(i).isTextual()) {
                throw problem(path, "is not a channel name");
            }
            Channel channel = named(Channel.class, channelsNode.get(i).asText(), path);
            if (channels.contains(channel)) {
                throw problem(path, "repeats " + channel);
            }
            channels.add(channel);
        }
        if (channels.isEmpty()) {
            throw problem("arms.channels", "is empty; a campaign has at least one channel");
        }
        long variants = whole(node, "variants", "arms.variants");
        if (variants < 1 || variants > 26) {
            throw problem("arms.variants", "is " + variants + "; a step has 1 to 26 variants");
        }
        return new ArmSpace(grid, channels, (int) variants);
    }

    private static OptimisationSettings settings(JsonNode node, ArmSpace arms) {
        JsonNode enabled = node.get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            throw problem("settings.enabled", "must be true or false");
        }
        JsonNode floor = node.get("explorationFloor");
        if (floor == null || !floor.isNumber() || floor.asDouble() < 0 || floor.asDouble() > 1) {
            throw problem("settings.explorationFloor", "must be a number from 0 to 1");
        }
        JsonNode fixedNode = node.get("fixed");
        Choice fixed = null;
        if (fixedNode != null && !fixedNode.isNull()) {
            if (!fixedNode.isObject()) {
                throw problem("settings.fixed", "must be null or an object of sendTime, channel and variant");
            }
            fixed = new Choice((int) whole(fixedNode, "sendTime", "settings.fixed.sendTime"),
                    named(Channel.class, text(fixedNode, "channel", "settings.fixed.channel"), "settings.fixed.channel"),
                    (int) whole(fixedNode, "variant", "settings.fixed.variant"));
            String why = arms.problem(fixed);
            if (why != null) {
                throw problem("settings.fixed", why);
            }
        }
        return new OptimisationSettings(enabled.asBoolean(), floor.asDouble(), fixed);
    }

    private static void readSegment(JsonNode node, String path, CampaignBandit bandit, Set<Segment> seen) {
        if (node == null || !node.isObject()) {
            throw problem(path, "is not an object");
        }
        Segment segment;
        try {
            segment = Segment.parse(text(node, "segment", path + ".segment"));
        } catch (IllegalArgumentException e) {
            throw problem(path + ".segment", "is invalid: " + e.getMessage());
        }
        if (!seen.add(segment)) {
            throw problem(path + ".segment", "repeats " + segment.key());
        }
        for (Dimension dimension : Dimension.values()) {
            String field = DIMENSION_FIELDS[dimension.ordinal()];
            JsonNode row = array(node, field, path + "." + field);
            int expected = bandit.arms().size(dimension);
            if (row.size() != expected) {
                throw problem(path + "." + field, "has " + row.size() + " arms; the campaign has " + expected);
            }
            List<ArmCounts> posteriors = new ArrayList<>();
            for (int arm = 0; arm < row.size(); arm++) {
                posteriors.add(posterior(row.get(arm), path + "." + field + "[" + arm + "]"));
            }
            bandit.restore(segment, dimension, posteriors);
        }
    }

    private static ArmCounts posterior(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw problem(path, "is not an object of pulls and successes");
        }
        long pulls = whole(node, "pulls", path + ".pulls");
        long successes = whole(node, "successes", path + ".successes");
        if (pulls < 0) {
            throw problem(path + ".pulls", "is negative (" + pulls + ")");
        }
        if (successes < 0 || successes > pulls) {
            throw problem(path + ".successes", "is " + successes + "; it must be from 0 to the arm's pulls (" + pulls + ")");
        }
        return new ArmCounts(pulls, successes);
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw problem(path, node == null ? "is missing" : "is not an object");
        }
        return node;
    }

    private static JsonNode array(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isArray()) {
            throw problem(path, node == null ? "is missing" : "is not a list");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isTextual()) {
            throw problem(path, node == null ? "is missing" : "is not text");
        }
        return node.asText();
    }

    private static long whole(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw problem(path, node == null ? "is missing" : "is not a whole number (" + node + ")");
        }
        return node.asLong();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E value : type.getEnumConstants()) {
                names.add(value.name());
            }
            throw problem(path, "is '" + name + "', not one of " + String.join(", ", names));
        }
    }

    private static IllegalArgumentException problem(String path, String what) {
        String sentence = what.endsWith(".") ? what.substring(0, what.length() - 1) : what;
        return new IllegalArgumentException("The bandit state's field " + path + " " + sentence + ".");
    }
}
