package com.nexuscrm.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What the user typed, as a Lucene query: every word must match somewhere (as a whole word, or as the start of
 * one, so results come while typing), a match in the name outranks one in the other fields, which outranks one in
 * the body. Not the Lucene query syntax: a user's {@code "AND"} or {@code (} are just words here.
 */
public final class SearchQuery {
    static final String TITLE = "title";
    static final String FIELDS = "fields";
    static final String BODY = "body";
    /** The most characters of one entry's body indexed (a document's text is capped before this too). */
    static final int MAX_TEXT = 1_000_000;
    private static final String[] SEARCHED = {TITLE, FIELDS, BODY};
    private static final float[] BOOSTS = {4f, 2f, 1f};
    /** A prefix match scores below the same word matched whole. */
    private static final float PREFIX_SHARE = 0.5f;

    /** Words split as the standard tokenizer does, lower-cased, accents folded ("Müller" finds "muller"). */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer tokens = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokens));
            return new TokenStreamComponents(tokens, stream);
        }
    };

    private SearchQuery() { }

    /** The query, or null when the text has no words. {@code kinds} empty means every kind. */
    static Query of(String typed, Set<SearchKind> kinds) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            all.add(word(w), BooleanClause.Occur.MUST);
        }
        if (!kinds.isEmpty()) {
            BooleanQuery.Builder kind = new BooleanQuery.Builder();
            kinds.forEach(k -> kind.add(new TermQuery(new Term(SearchIndex.KIND, k.name())), BooleanClause.Occur.SHOULD));
            all.add(kind.build(), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static Query word(String w) {
        List<Query> either = new ArrayList<>();
        for (int i = 0; i < SEARCHED.length; i++) {
            either.add(new BoostQuery(new TermQuery(new Term(SEARCHED[i], w)), BOOSTS[i]));
            if (w.length() >= 2) {
                either.add(new BoostQuery(new PrefixQuery(new Term(SEARCHED[i], w)), BOOSTS[i] * PREFIX_SHARE));
            }
        }
        return new DisjunctionMaxQuery(either, 0.1f);
    }

    static List<String> words(String typed) {
        List<String> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream(BODY, typed)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 16) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
