/** Folders shipped inside wiretutor's jar (the lessons, the exercises), reachable as paths. */
package org.wiretutor.bundle;
