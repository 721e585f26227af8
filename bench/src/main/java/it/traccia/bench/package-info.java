/** Benchmarks that print latency figures from a real run; nothing here is asserted by the test suite. */
package it.traccia.bench;
