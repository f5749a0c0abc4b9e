/** R-PUB-1: the strategy for the cooperation, its goals, and the yearly action plan with its measures. */
package no.samhandling.strategy;
