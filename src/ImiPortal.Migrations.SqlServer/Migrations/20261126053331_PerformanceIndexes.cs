using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImiPortal.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RightsRequests_DueOn",
                table: "RightsRequests");

            migrationBuilder.CreateIndex(
                name: "IX_RightsRequests_DueOn_ReceivedOn_Id_Status",
                table: "RightsRequests",
                columns: new[] { "DueOn", "ReceivedOn", "Id", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RightsRequests_DueOn_ReceivedOn_Id_Status",
                table: "RightsRequests");

            migrationBuilder.CreateIndex(
                name: "IX_RightsRequests_DueOn",
                table: "RightsRequests",
                column: "DueOn");
        }
    }
}
