package io.switchboard.assigner.retries;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.assignments.FailureReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureClassifierTest {

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3} retryable={4}")
    @CsvSource(delimiter = '|', textBlock = """
            429 | TooManyRequests    | Too many requests                                                                   | TRANSIENT               | true
            503 | ServiceUnavailable | The service is temporarily unavailable                                              | TRANSIENT               | true
            504 | GatewayTimeout     | Gateway timeout                                                                     | TRANSIENT               | true
            0   |                    | timeout                                                                             | TRANSIENT               | true
            500 | InternalServerError| Something broke                                                                     | TRANSIENT               | true
            -1  |                    | The telephone number +15550100 is already assigned to another user or resource account. | NUMBER_ALREADY_ASSIGNED | false
            -1  |                    | PhoneNumber +15550100 not found from tenant t1.                                     | NUMBER_NOT_IN_TENANT    | false
            -1  |                    | The telephone number +15550100 is a callingPlan number and cannot be assigned as directRouting. | WRONG_NUMBER_TYPE | false
            -1  |                    | The telephone number +15550100 is a callingPlan number, not directRouting.          | WRONG_NUMBER_TYPE       | false
            -1  |                    | User 'u1' is not enabled for Enterprise Voice (no enabled, propagated Teams Phone licence). Licence changes can take a while to reach Teams; retry later. | USER_NOT_VOICE_ENABLED | true
            -1  |                    | User 'u1' has no Calling Plan licence, which a callingPlan number requires.        | USER_NOT_VOICE_ENABLED  | true
            -1  |                    | User 'u1' was not found in tenant t1.                                               | USER_NOT_FOUND          | false
            400 | BadRequest         | The telephone number 'abc' is not a valid E.164 number.                             | OTHER                   | false
            403 | Forbidden          | Missing role TeamsTelephoneNumber.ReadWrite.All                                     | OTHER                   | false
            """)
    void classifiesGraphAnswers(int status, String code, String message, FailureReason reason, boolean retryable) {
        // given what Graph answered, when it is classified
        Classification result = FailureClassifier.classify(status, code, message);

        // then reason and retryability follow Teams' meaning
        assertThat(result).isEqualTo(new Classification(reason, retryable));
    }
}
