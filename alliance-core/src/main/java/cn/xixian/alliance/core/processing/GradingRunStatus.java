package cn.xixian.alliance.core.processing;

/**
 * RESERVING while the input kilograms are taken from the harvest lots one lot at a time; COMPLETE once
 * every input is reserved and the graded lots exist; REFUSED when a lot had too little left (the kg already
 * reserved by the run are given back).
 */
public enum GradingRunStatus {
    RESERVING, COMPLETE, REFUSED
}
