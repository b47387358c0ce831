package cn.xixian.alliance.coldstorage.planning;

/**
 * SOLVING until the time limit or a stop; SOLVED with a plan that fits every hard rule; INFEASIBLE when the
 * input cannot fit (see {@code shortfall}) or the solver found no plan within the rules; PUBLISHED once
 * capacity is reserved and transport requested; FAILED on an unexpected error.
 */
public enum PlanStatus { SOLVING, SOLVED, INFEASIBLE, PUBLISHED, FAILED }
