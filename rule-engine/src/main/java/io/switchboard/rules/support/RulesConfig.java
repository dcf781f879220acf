package io.switchboard.rules.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the rule engine ({@code switchboard.rules.*}). */
@ConfigMapping(prefix = "switchboard.rules")
public interface RulesConfig {

    Explanation explanation();

    History history();

    interface Explanation {
        /**
         * Non-matching and skipped rule evaluations a published decision carries besides every matching
         * one; the rest are counted in the summary. With 1,000 rules a full explanation is about 200 KB
         * per record; the dry run always answers the full list.
         */
        @WithDefault("50")
        int maxUnmatched();
    }

    interface History {
        /** Decisions kept per user (the newest), for {@code GET .../users/{userId}/decisions}. */
        @WithDefault("20")
        int decisionsPerUser();
    }
}
