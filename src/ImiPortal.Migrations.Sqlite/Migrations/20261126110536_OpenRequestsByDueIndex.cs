using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenRequestsByDueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_RightsRequests_Open_DueOn_ReceivedOn_Id",
                table: "RightsRequests",
                columns: new[] { "DueOn", "ReceivedOn", "Id" },
                filter: "\"Status\" IN (2, 3, 4, 5)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RightsRequests_Open_DueOn_ReceivedOn_Id",
                table: "RightsRequests");
        }
    }
}
