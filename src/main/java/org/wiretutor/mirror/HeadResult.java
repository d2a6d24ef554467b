package org.wiretutor.mirror;

import java.util.List;
import org.wiretutor.http.core.Diagnosis;

/** What reading one request head produced. */
sealed interface HeadResult {

    /**
     * A well-framed head to route.
     *
     * @param diagnoses what the core found that did not stop the server (a lower-case method, no version…)
     */
    record Accepted(ReceivedRequest head, List<Diagnosis> diagnoses) implements HeadResult {
        public Accepted {
            diagnoses = List.copyOf(diagnoses);
        }
    }

    /**
     * A head the mirror refuses before routing; the connection closes after the error reply.
     *
     * @param status      the error status
     * @param requestLine what to log as the request line
     * @param cause       the diagnosis the status answers
     * @param diagnoses   every diagnosis found up to there, the cause included
     * @param method      the method of a request line that was read whole (ended by CR LF), else empty
     */
    record Rejected(int status, String requestLine, Diagnosis cause, List<Diagnosis> diagnoses, String method)
            implements HeadResult {

        public Rejected {
            diagnoses = List.copyOf(diagnoses);
        }

        /** The request timeout ran out before the blank line; the reader answers nothing else with 408. */
        boolean timedOut() {
            return status == 408;
        }
    }

    /**
     * Nothing worth answering: the peer closed or stayed silent. Logged only when {@code diagnosis} is not null.
     *
     * @param diagnoses every diagnosis found before it, the last one included
     */
    record Silent(Diagnosis diagnosis, List<Diagnosis> diagnoses) implements HeadResult {
        public Silent {
            diagnoses = List.copyOf(diagnoses);
        }
    }
}
