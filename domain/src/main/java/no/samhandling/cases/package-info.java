/** Cases with the two-step procedure, case papers, decisions and follow-up. */
package no.samhandling.cases;
