package cn.xixian.alliance.coldstorage.planning.domain;

/**
 * Holder for whatever the custom phase keeps between its steps during one solve (the search engine).
 * Deliberately untyped here so the domain does not depend on the solver's internals.
 */
public final class SearchSession {

    private Object state;

    public synchronized Object state() {
        return state;
    }

    public synchronized void state(Object state) {
        this.state = state;
    }
}
