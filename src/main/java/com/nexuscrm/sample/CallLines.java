package com.nexuscrm.sample;

import java.util.List;
import java.util.Map;

/**
 * The scripted lines of the sample's call history, lower case and unpunctuated as a recogniser writes them.
 * Each objection, buying signal and next-step line holds a phrase the call analyzer knows (see the
 * {@code conversation/*.txt} phrase files), and no other line holds one, so a test can check that the analysis
 * finds exactly what a script put in. Competitor lines name a competitor the way people say it ("hub spot").
 */
final class CallLines {
    static final List<String> GREETINGS = List.of("hi thanks for making the time today",
            "hey good to talk again thanks for joining", "hi there thanks for jumping on the call");
    static final List<String> PLEASANTRIES = List.of("how are you doing today", "how is it going");
    static final List<String> GREETING_REPLIES = List.of("doing well thanks", "pretty good thanks for asking",
            "busy week but good");
    static final List<String> AGENDAS = List.of("i wanted to learn about your team first and then show you a few things",
            "the plan is to hear about your sales process and then walk through the product",
            "i thought we could start with your goals and keep the last part for questions");
    static final List<String> DISCOVERY = List.of("what does your current process look like for new leads",
            "how is your team handling follow ups today", "what are the biggest challenges your reps run into",
            "walk me through how a new deal moves through your pipeline",
            "how do you decide which leads your team calls first",
            "what would success look like for your team this year",
            "how are you reporting on pipeline to your leadership", "tell me about the tools your team uses every day",
            "what happens today when a rep leaves your company",
            "how much time does your team spend on data entry each week",
            "why is this a priority for your business at the moment",
            "what goals has your team set for the coming quarters",
            "how does your team work with marketing on lead quality");
    static final List<String> CLOSED_QUESTIONS = List.of("do you have a crm at the moment",
            "is the team all in one office", "are you using a dialer for outbound");
    static final List<String> ANSWERS = List.of("we mostly track it in spreadsheets and that takes too long",
            "each rep has their own way of doing it to be honest", "the managers pull the numbers by hand every week",
            "leads come in from the website and we split them by region",
            "we lose track of follow ups when things get hectic", "our reps spend a lot of time on manual data entry",
            "we want to grow the team by about a third", "forecasting is mostly guesswork for us at the moment",
            "the tools we have do not talk to each other", "a lead can sit for a day before anybody calls it",
            "we had two reps leave in the spring and their notes went with them",
            "our head of sales wants one number for the pipeline");
    static final List<String> PITCH = List.of("we help sales teams keep every lead and deal in one place",
            "the workstation runs on your laptop so it keeps working offline",
            "routing sends each new lead to the right rep within seconds",
            "your managers get a live view of the pipeline without spreadsheets",
            "scoring tells your reps which leads are most likely to convert",
            "call analysis gives every rep coaching after each call",
            "it works with your email and calendar out of the box",
            "most teams are up and running within two weeks",
            "the data is encrypted on disk and syncs through your own server",
            "customers usually book more meetings in the first quarter",
            "every lead gets a response timer so nothing slips through",
            "the import takes your existing spreadsheets as they are",
            "reps see the reason behind every score in plain words",
            "managers can compare their reps with the top performers",
            "the mobile team can work from a train without a signal",
            "we built the product with sales managers over several years",
            "our support team answers within the hour during business hours",
            "the reports cover conversion by source and by rep",
            "we keep the audio of calls on the laptop of the rep",
            "the setup is a single installer for each workstation");
    static final List<String> FILLERS = List.of("um", "uh", "you know", "basically", "i mean", "actually");
    /** Objections by the analyzer's label; {@code %s} in a competitor line is the competitor's spoken name. */
    static final Map<String, List<String>> OBJECTIONS = Map.of(
            "price", List.of("honestly it looks too expensive for a team our size",
                    "the price is too high for what we would use", "we can't afford another tool at that price"),
            "timing", List.of("this is not a priority for us this quarter",
                    "we are too busy with the reorganisation at the moment", "maybe later in the spring once things settle"),
            "authority", List.of("i would need to run it by my manager first", "in the end it is not my decision",
                    "we need approval from finance for anything new"),
            "need", List.of("we are fine with our current setup for the moment", "i am not sure we need all of this"),
            "competitor", List.of("we are also looking at %s", "we are evaluating a few vendors including %s"),
            "contract", List.of("we are locked in with our vendor until june",
                    "there is a notice period of ninety days on our side"));
    /** Competitors as people say them, and the name the analyzer's default list gives them. */
    static final Map<String, String> COMPETITORS = Map.of("hub spot", "HubSpot", "salesforce", "Salesforce",
            "pipedrive", "Pipedrive", "zoho", "Zoho", "freshsales", "Freshsales");
    static final List<String> GOOD_HANDLING = List.of("that is fair and a lot of teams tell us the same thing",
            "i understand and i am glad you brought it up", "that makes sense and it is a common question");
    static final List<String> GOOD_FOLLOW_UP = List.of("most teams find the time their reps save covers it within a quarter",
            "we can start with one team and grow from there", "we can bring the numbers to that conversation for you");
    static final List<String> POOR_HANDLING = List.of("sure but the product really is the best one out there",
            "okay well it is what it is", "right anyway let me carry on with the demo");
    static final List<String> WARM_REPLIES = List.of("okay that makes sense", "that is really helpful thank you",
            "good that sounds reasonable", "great i like that approach");
    static final List<String> COLD_REPLIES = List.of("i am still not convinced", "that is a real problem for us",
            "i am worried it will be a hard sell internally", "honestly i am disappointed");
    /** Buying signals by the analyzer's label. */
    static final Map<String, String> SIGNALS = Map.of("wants to start", "how do we get started",
            "asks for a proposal", "can you send over the proposal",
            "asks about onboarding", "what does onboarding look like",
            "has budget", "we have budget for this", "asks about next steps", "what are the next steps",
            "asks about licences", "how many seats would we need");
    static final List<String> NEXT_STEPS = List.of("i'll send the proposal by friday",
            "let's schedule a demo with your team next week", "i will set up a call with your manager on tuesday",
            "i'll email you the security documents tomorrow");
    static final List<String> CLOSINGS = List.of("thanks again for your time", "really appreciate the conversation today");
    static final List<String> GOODBYES = List.of("thank you bye", "thanks talk soon", "great thanks bye");

    private CallLines() {
    }
}
