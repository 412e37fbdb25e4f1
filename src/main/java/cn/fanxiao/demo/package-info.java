/**
 * The demo county: a fictitious county with townships, villages, schools and users, and cases standing at every
 * step, loaded by {@code scripts/run.sh --demo}. Uses only the public APIs of the other modules.
 */
package cn.fanxiao.demo;
