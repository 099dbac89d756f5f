package com.nexuscrm.domain.campaign;

import java.util.HashSet;
import java.util.List;

/** What a campaign may choose between: the send-time grid, its channels and its number of step variants (1-26). */
public record ArmSpace(SendTimeGrid grid, List<Channel> channels, int variants) {
    public ArmSpace {
        if (grid == null) {
            throw new IllegalArgumentException("An arm space needs a send-time grid.");
        }
        if (channels == null || channels.isEmpty() || channels.stream().anyMatch(java.util.Objects::isNull)
                || new HashSet<>(channels).size() != channels.size()) {
            throw new IllegalArgumentException("An arm space needs one or more distinct channels, not " + channels + ".");
        }
        if (variants < 1 || variants > 26) {
            throw new IllegalArgumentException("A step has 1 to 26 variants (A to Z), not " + variants + ".");
        }
        channels = List.copyOf(channels);
    }

    /** How many arms a dimension has. */
    public int size(Dimension dimension) {
        return switch (dimension) {
            case SEND_TIME -> grid.size();
            case CHANNEL -> channels.size();
            case VARIANT -> variants;
        };
    }

    /** The arm's index within its dimension. */
    public int index(Choice choice, Dimension dimension) {
        return switch (dimension) {
            case SEND_TIME -> choice.sendTime();
            case CHANNEL -> channels.indexOf(choice.channel());
            case VARIANT -> choice.variant();
        };
    }

    /** The choice made of one arm index per dimension. */
    public Choice choice(int sendTime, int channel, int variant) {
        return new Choice(sendTime, channels.get(channel), variant);
    }

    /** Why a choice lies outside this space, or null when it fits. */
    public String problem(Choice choice) {
        if (choice.sendTime() < 0 || choice.sendTime() >= grid.size()) {
            return "send time " + choice.sendTime() + " is outside 0.." + (grid.size() - 1);
        }
        if (!channels.contains(choice.channel())) {
            return "channel " + choice.channel() + " is not one of " + channels;
        }
        if (choice.variant() < 0 || choice.variant() >= variants) {
            return "variant " + choice.variant() + " is outside 0.." + (variants - 1);
        }
        return null;
    }

    /** An arm in words: "weekday 08-12", "Email", "B". */
    public String label(Dimension dimension, int arm) {
        return switch (dimension) {
            case SEND_TIME -> grid.label(arm);
            case CHANNEL -> channels.get(arm).label();
            case VARIANT -> Choice.variantLabel(arm);
        };
    }
}
