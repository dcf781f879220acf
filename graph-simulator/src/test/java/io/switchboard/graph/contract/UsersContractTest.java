package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.switchboard.graph.support.SimTenant;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UsersContractTest {

    private SimTenant tenant;
    private GraphServiceClient graph;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create();
        graph = tenant.graph();
    }

    @Test
    void createsAndReadsAUserByIdAndUserPrincipalName() {
        // given
        User created = graph.users().post(newUser("ada"));

        // when
        User byId = graph.users().byUserId(created.getId()).get();
        User byUpn = graph.users().byUserId("ada@" + tenant.domain()).get(rc -> rc.queryParameters.select = new String[] {"id", "city"});

        // then
        assertThat(created.getId()).isNotBlank();
        assertThat(byId.getDisplayName()).isEqualTo("Ada Lovelace");
        assertThat(byId.getUserPrincipalName()).isEqualTo("ada@" + tenant.domain());
        assertThat(byUpn.getId()).isEqualTo(created.getId());
        assertThat(byUpn.getCity()).isEqualTo("London");
        assertThat(byUpn.getDisplayName()).as("not selected").isNull();
    }

    @Test
    void filtersOnMailUpnAccountEnabledAndStartswith() {
        // given
        graph.users().post(newUser("bob"));
        User carol = newUser("carol");
        carol.setAccountEnabled(false);
        graph.users().post(carol);

        // when / then
        assertThat(names(graph.users().get(rc -> rc.queryParameters.filter = "mail eq 'bob@" + tenant.domain() + "'"))).containsExactly("bob");
        assertThat(names(graph.users().get(rc -> rc.queryParameters.filter = "userPrincipalName eq 'CAROL@" + tenant.domain() + "'")))
                .containsExactly("carol");
        assertThat(names(graph.users().get(rc -> rc.queryParameters.filter = "accountEnabled eq false"))).containsExactly("carol");
        assertThat(names(graph.users().get(rc -> rc.queryParameters.filter = "startswith(displayName,'Ada Lovelace') or startswith(mail,'bo')")))
                .containsExactly("bob");
    }

    @Test
    void pagesWithTopAndNextLink() {
        // given five users
        for (int i = 0; i < 5; i++) {
            graph.users().post(newUser("p" + i));
        }

        // when paging two at a time through the SDK
        List<String> seen = new ArrayList<>();
        UserCollectionResponse page = graph.users().get(rc -> rc.queryParameters.top = 2);
        int pages = 1;
        seen.addAll(names(page));
        while (page.getOdataNextLink() != null) {
            page = graph.users().withUrl(page.getOdataNextLink()).get();
            seen.addAll(names(page));
            pages++;
        }

        // then
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("p0", "p1", "p2", "p3", "p4");
    }

    @Test
    void patchChangesOnlyTheGivenProperties() {
        // given
        User created = graph.users().post(newUser("dan"));

        // when
        User change = new User();
        change.setOfficeLocation("Building 7");
        graph.users().byUserId(created.getId()).patch(change);

        // then
        User after = graph.users().byUserId(created.getId()).get(rc -> rc.queryParameters.select = new String[] {"officeLocation", "city"});
        assertThat(after.getOfficeLocation()).isEqualTo("Building 7");
        assertThat(after.getCity()).isEqualTo("London");
    }

    @Test
    void deleteIsSoftAndRestorableThenPermanent() {
        // given
        User created = graph.users().post(newUser("eve"));

        // when soft-deleted
        graph.users().byUserId(created.getId()).delete();

        // then it is gone from /users but in the recycle bin, and restorable
        ODataError gone = catchThrowableOfType(ODataError.class, () -> graph.users().byUserId(created.getId()).get());
        assertThat(gone.getResponseStatusCode()).isEqualTo(404);
        assertThat(gone.getError().getCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(graph.directory().deletedItems().byDirectoryObjectId(created.getId()).get().getId()).isEqualTo(created.getId());
        graph.directory().deletedItems().byDirectoryObjectId(created.getId()).restore().post();
        assertThat(graph.users().byUserId(created.getId()).get().getDisplayName()).isEqualTo("Ada Lovelace");

        // and after deleting again and purging, it cannot be restored
        graph.users().byUserId(created.getId()).delete();
        graph.directory().deletedItems().byDirectoryObjectId(created.getId()).delete();
        ODataError purged = catchThrowableOfType(ODataError.class,
                () -> graph.directory().deletedItems().byDirectoryObjectId(created.getId()).restore().post());
        assertThat(purged.getResponseStatusCode()).isEqualTo(404);
    }

    @Test
    void duplicateUpnAndBadQueriesAnswerInGraphsErrorShape() {
        graph.users().post(newUser("fay"));
        ODataError duplicate = catchThrowableOfType(ODataError.class, () -> graph.users().post(newUser("fay")));
        assertThat(duplicate.getResponseStatusCode()).isEqualTo(400);
        assertThat(duplicate.getError().getMessage()).contains("userPrincipalName");

        given().auth().oauth2(tenant.appToken()).queryParam("$filter", "jobTitle gt 'x'").get("/v1.0/users")
                .then().statusCode(400).body("error.code", equalTo("BadRequest")).body("error.innerError.request-id", notNullValue());
        given().auth().oauth2(tenant.appToken()).queryParam("$filter", "favouriteColour eq 'red'").get("/v1.0/users")
                .then().statusCode(400).body("error.code", equalTo("Request_UnsupportedQuery"));
        given().auth().oauth2(tenant.appToken()).queryParam("$top", "1000").get("/v1.0/users")
                .then().statusCode(400).body("error.code", equalTo("Request_BadRequest"));
        given().auth().oauth2(tenant.appToken()).get("/v1.0/users/does-not-exist")
                .then().statusCode(404).body("error.code", equalTo("Request_ResourceNotFound"));
        given().auth().oauth2(tenant.appToken()).get("/v1.0/groups")
                .then().statusCode(404).body("error.code", notNullValue()).body("error.message", notNullValue());
    }

    @Test
    void retentionPurgesSoftDeletedUsers() {
        // given a tenant with a one-day retention and a soft-deleted user
        tenant.settings(Map.of("deletedRetention", "P1D"));
        User created = graph.users().post(newUser("gus"));
        graph.users().byUserId(created.getId()).delete();

        // when two days pass
        given().contentType("application/json").body(Map.of("by", "P2D")).post("/_simulator/clock/advance").then().statusCode(200);

        // then it is gone for good
        given().auth().oauth2(tenant.appToken()).get("/v1.0/directory/deletedItems/" + created.getId()).then().statusCode(404);
    }

    private User newUser(String nickname) {
        User user = new User();
        user.setAccountEnabled(true);
        user.setDisplayName(nickname.startsWith("p") || nickname.equals("bob") || nickname.equals("carol") ? nickname : "Ada Lovelace");
        user.setMailNickname(nickname);
        user.setUserPrincipalName(nickname + "@" + tenant.domain());
        user.setMail(nickname + "@" + tenant.domain());
        user.setCity("London");
        PasswordProfile password = new PasswordProfile();
        password.setPassword("Secret-" + nickname);
        user.setPasswordProfile(password);
        return user;
    }

    private static List<String> names(UserCollectionResponse page) {
        return page.getValue().stream().map(u -> u.getUserPrincipalName() == null ? u.getId() : u.getUserPrincipalName().split("@")[0]).toList();
    }
}
